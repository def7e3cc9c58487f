# Personal data: settings bounds, stray files, retention, purge and the right of access.

settings-too-large = { $key } = { $value } is too large: at most { $max }
settings-out-of-range = { $key } = { $value } must be between 0 and { $max }
settings-retention-zero = retention_years = 0: write at least 1 (or remove the line to set no retention)
settings-unknown-key = { $file }: unknown key { $key }, ignored
settings-unknown-key-close = { $file }: unknown key { $key }, ignored — did you mean { $close }?
flag-too-large = --{ $flag } { $value } is too large: at most { $max }
stray-symlink = { $name } is a symbolic link: a case file must be a regular file
stray-dir = { $name } is a directory, not a case file
stray-temp = { $name } is a temporary file left by an interrupted write
stray-other = { $name } is not a case file (case files are named salaries/<ID>.toml)
stray-hint = salaries/ holds only the case files: move or delete this file
not-utf8 = the file is not UTF-8: first bad byte at offset { $offset }
not-utf8-hint = save the file as UTF-8 from your editor
retention-past = left on { $exit }: the retention period ({ $years ->
    [one] { $years } year
   *[other] { $years } years
}) ended on { $until }
retention-hint = `iae purge --dry-run` shows what would be anonymised, `iae purge` anonymises it
retention-title = Files to anonymise (retention period over)
purge-none = No file is past its retention period.
purge-no-retention = iae.toml sets no retention period (retention_years): nothing to anonymise
purge-no-retention-hint = add for instance `retention_years = 2` to iae.toml
purge-would = { $count ->
    [one] { $count } file would be anonymised (nothing is written):
   *[other] { $count } files would be anonymised (nothing is written):
}
purge-done = { $count ->
    [one] { $count } file anonymised.
   *[other] { $count } files anonymised.
}
purge-line = { $id } left on { $exit }, kept until { $until }
purge-history = Git history keeps the earlier versions: see docs/privacy.md to remove them.
purge-erase-needs-id = --erase deletes a whole file: give its id (iae purge ID --erase)
purge-id-needs-erase = to delete the file { $id } entirely, add --erase; without an id, iae purge anonymises the files past their retention period
purge-erased = Deleted { $file }.
export-title = Data held on { $name }
export-intro = This document gathers everything { $structure } holds about you, as recorded in the file { $id }, on { $date }.
export-wrote = Wrote { $file }.
export-output-ext = --output { $file }: write a .html or .json file
export-many = several people match "{ $query }": give the id

# Labels of the right-of-access document: one per key of the case file.
export-field-schema = Format version
export-field-id = Id
export-field-person = Identity
export-field-recruitment = Recruitment
export-field-eligibility = Eligibility
export-field-pass = PASS IAE
export-field-contracts = Contracts
export-field-interviews = Interviews
export-field-barriers = Barriers to employment
export-field-project = Professional project
export-field-skills = Skills
export-field-trainings = Trainings
export-field-immersions = Immersions
export-field-hours = Hours worked
export-field-exit = Exit
export-field-followups = Follow-up after the exit
export-field-last_name = Last name
export-field-first_name = First name
export-field-birth_date = Birth date
export-field-sex = Sex
export-field-postcode = Postcode
export-field-anonymised_on = Anonymised on
export-field-applied_on = Applied on
export-field-hired_on = Hired on
export-field-prescriber = Prescriber
export-field-date = Date
export-field-by = By
export-field-criteria = Criteria
export-field-proofs = Proofs
export-field-criterion = Criterion
export-field-document = Document
export-field-dated = Dated
export-field-number = Number
export-field-start = Start
export-field-end = End
export-field-suspensions = Suspensions
export-field-prolongations = Prolongations
export-field-from = From
export-field-to = To
export-field-reason = Reason
export-field-derogation = Derogation
export-field-decided_by = Decided by
export-field-kind = Kind
export-field-weekly_hours = Weekly hours
export-field-planned_end = Planned end
export-field-position = Position
export-field-medium = Medium
export-field-attendance = Attendance
export-field-duration_minutes = Duration (minutes)
export-field-topic = Topic
export-field-notes = Notes
export-field-category = Category
export-field-noted_on = Noted on
export-field-detail = Detail
export-field-status = Status
export-field-resolved_on = Resolved on
export-field-resolution_note = Resolution note
export-field-actions = Actions
export-field-text = Text
export-field-partner = Partner
export-field-support = Support
export-field-target = Target
export-field-rome = ROME code
export-field-set_on = Set on
export-field-previous = Previous projects
export-field-replaced_on = Replaced on
export-field-name = Name
export-field-level = Level
export-field-assessed_on = Assessed on
export-field-title = Title
export-field-organism = Organism
export-field-qualifying = Qualifying
export-field-certification = Certification
export-field-employer = Employer
export-field-job = Job
export-field-month = Month
export-field-client_kind = Client kind
export-field-contract_months = Contract length (months)
export-field-acquired = Acquired
export-field-options = Options
export-field-next_steps = Next steps
export-field-partners = Partners
export-field-situation = Situation
export-source = The file as it is stored
export-yes = yes
export-no = no
export-item = no. { $n }
toml11-only = TOML 1.1 syntax ({ $what }): TOML 1.0 readers such as Python's tomllib reject this file
toml11-hint = write \u001B for \e, \u0041 for \x41, and an inline table on one line without a trailing comma

## Help of the commands

help-export = Everything held on one salarié, as a printable HTML page or JSON (right of access)
    .examples =
        iae export 7K3M9Q --output acces-7K3M9Q.html
        iae export 7K3M9Q --output acces-7K3M9Q.json
        iae export martin --format json
help-export--who = The id of the case file, or a name
help-export--output = Write to this file: .html (printable page) or .json
help-purge = Anonymise the files kept past retention_years after the exit; `ID --erase` deletes one
    .examples =
        iae purge --dry-run
        iae purge
        iae purge 7K3M9Q --erase
help-purge--id = The id of one case file to delete entirely (with --erase)
help-purge--dry-run = Show what would be anonymised or deleted; write nothing
help-purge--erase = Delete the case file ID entirely, when the law requires it
help-report-annual--with-names = Show the names of the people in the detail of exits, not only their ids
