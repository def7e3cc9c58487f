# Messages of the commands' shared steps (missing flags, ambiguous names, editing).

missing-flags = missing { $flags } (required when not on a terminal)
hint-recruit-help = `iae recruit --help` lists every option
hint-exit-reasons = `iae exit reasons` lists the reason codes
name-ambiguous = { $count } salariés match "{ $who }":
name-candidate = { $id }  { $name }  born { $birth }
hint-name-ambiguous = give the id, or more of the name
edit-changed-meanwhile = { $path } changed while the editor was open; nothing was overwritten
edit-copy-kept = your edited copy is kept at { $copy }; it holds personal data: delete it once you no longer need it
edit-invalid-unchanged = { $path } is unchanged: the edited copy is not valid
edit-problem = error: { $problem }
man-written = { $count ->
    [one] { $count } manual page written in { $dir }
   *[other] { $count } manual pages written in { $dir }
}

# barrier
cmd-barrier-text-empty = --text is empty: say what was done
cmd-barrier-closed = barrier n°{ $number } is { $status ->
    [resolved] lifted
    [abandoned] abandoned
    [in_progress] in progress
    [identified] noted
   *[other] { $status }
} since { $since }; nothing was written
cmd-barrier-closed-hint = `iae barrier reopen { $id } { $number }` first if it is back
cmd-barrier-date-before-noted = { $flag } { $date } is before the barrier was noted on { $noted }; nothing was written
cmd-barrier-action-recorded = Recorded an action on barrier n°{ $number } of { $id }.
cmd-barrier-detail-empty = --detail is empty: say what the barrier is
cmd-barrier-after-exit = { $id } left on { $date }: no barrier can be noted after the exit
cmd-barrier-noted = Barrier n°{ $number } noted for { $id } ({ $category }).
cmd-barrier-unknown = { $id } has no barrier n°{ $number }
cmd-barrier-none-yet = this file has no barrier yet: `iae barrier add`
cmd-barrier-numbers = its barriers are n° { $numbers }; `iae barrier list { $id }`
cmd-barrier-not-tables = the barriers are not written as [[barriers]] tables; fix them with `iae edit`
cmd-barrier-still-open = barrier n°{ $number } is still open ({ $status ->
    [resolved] lifted
    [abandoned] abandoned
    [in_progress] in progress
    [identified] noted
   *[other] { $status }
})
cmd-barrier-reopened = Barrier n°{ $number } of { $id } is open again.
cmd-barrier-already = barrier n°{ $number } is already { $status ->
    [resolved] lifted
    [abandoned] abandoned
    [in_progress] in progress
    [identified] noted
   *[other] { $status }
}; nothing was written
cmd-barrier-lifted = Barrier n°{ $number } of { $id } lifted on { $date }.
cmd-barrier-abandoned = Barrier n°{ $number } of { $id } abandoned on { $date }.

# interview
cmd-interview-by-empty = --by is empty: say who held the interview
cmd-notes-file-unreadable = cannot read the notes file { $file }
cmd-interview-after-exit = { $id } left on { $date }: an interview after the exit is a post_sortie interview (--kind post_sortie); nothing was written
cmd-interview-recorded = Recorded the interview of { $id } on { $date } ({ $kind }).
cmd-cannot-read = cannot read { $path }
cmd-notes-not-recorded = the notes were not recorded; nothing was written
cmd-interview-overdue = Overdue: an interview was due by { $due } (one every { $every } days).
cmd-interview-next = Next interview due by { $due } (one every { $every } days).

# eligibility
cmd-from-after-to = --from { $from } is after --to { $to }
cmd-no-diagnosis = { $id } has no eligibility diagnosis recorded
cmd-no-diagnosis-hint = `iae eligibility record { $id } --by employer|prescriber --date D --criteria a,b`
cmd-verdict = { $eligible ->
    [yes] Eligible
   *[no] Not eligible
} ({ $kind }, diagnosis by the { $by } on { $on }): { $reason }
cmd-verdict-level1 = level 1: { $criteria }
cmd-verdict-level2 = level 2: { $criteria } (needed: { $needed })
cmd-verdict-problem = problem: { $problem }
cmd-criteria-rule = { $kind }: eligible with one level-1 criterion, or { $count } level-2 criteria; a diagnosis by an authorised prescriber needs none.
cmd-unknown-criterion = unknown criterion: { $criteria }
cmd-criteria-are = the criteria are: { $list }
cmd-document-empty = --document is empty: name the document
cmd-proof-no-diagnosis = { $id } has no eligibility diagnosis: `iae eligibility record` first
cmd-eligibility-not-table = [eligibility] is not written as a table; fix it with `iae edit { $id }`
cmd-proof-recorded = Recorded the proof of { $criterion } for { $id }.
cmd-proof-not-claimed = note: { $criterion } is not among the criteria of the diagnosis
cmd-diagnosis-recorded = Recorded the diagnosis of { $id } ({ $by }, { $date }).

# contract
cmd-contract-needs-end = --kind { $kind } needs --end DATE (its last day)
cmd-end-before-start = --end { $end } is before --start { $start }
cmd-contract-recorded = Recorded a { $kind } contract for { $id } from { $start }.
cmd-no-contract-running = { $id } has no contract running on { $date }
cmd-contracts-not-tables = the contracts are not written as [[contracts]] tables; fix them with `iae edit { $id }`
cmd-contract-ended = The contract of { $id } now ends on { $date }.
cmd-weekly-hours-range = --weekly-hours { $hours }: more than 0 and at most { $max } (the legal maximum)
cmd-contract-after-exit = { $id } left on { $date }: no contract can start after the exit
cmd-derogation-hint = if the administration granted an exception, record it with --derogation "why"
cmd-no-contract-to-renew = { $id } has no contract to renew: `iae contract add` first
cmd-contract-no-end = the { $kind } contract from { $start } has no end: nothing to renew
cmd-renew-not-after = --end { $end } is not after the current end { $current }
cmd-contract-renewed = Renewed the contract of { $id } until { $end }.

# exit
cmd-exit-give-id = give the id: `iae exit ID --date D --reason CODE`
cmd-exit-needs-date-reason = an exit needs a date and a reason
cmd-exit-unknown-reason = --reason { $reason }: not a known exit reason; nothing was written
cmd-exit-unknown-reason-hint = `iae exit reasons` lists them; a structure can add its own in iae.toml
cmd-exit-already = { $name } already left on { $date } ({ $reason }); nothing was written
cmd-exit-already-hint = if that exit is a mistake, `iae exit cancel { $id }` first
cmd-exit-before-hiring = --date { $date } is before the hiring on { $hired }: the exit date is the last day worked; nothing was written
cmd-exit-recorded = Recorded the exit of { $id } on { $date }: { $reason } ({ $category }).
cmd-contracts-end-at-exit = { $count ->
    [one] { $count } contract now ends on { $date }.
   *[other] { $count } contracts now end on { $date }.
}
cmd-exit-no-bilan = no bilan_final interview is recorded for { $id }: the bilan final is expected before the exit
cmd-exit-category-unsure = note: the category of "{ $reason }" is not confirmed
cmd-exit-category-unsure-note = note: the category of "{ $reason }" is not confirmed: { $note }
cmd-ask-exit-date = Exit date, last day worked (YYYY-MM-DD)
cmd-ask-exit-reason = Exit reason (number or code)
cmd-not-in-list = { $value }: not in the list
cmd-ask-exit-employer = Employer
cmd-ask-exit-job = Job or training
cmd-ask-exit-acquired = Bilan: acquired
cmd-ask-exit-options = Bilan: options considered
cmd-ask-exit-next-steps = Bilan: next steps prepared
cmd-ask-exit-partners = Bilan: partners
cmd-exit-none-to-cancel = { $id } has no exit to cancel
cmd-exit-has-followups = { $id } has follow-ups after its exit: remove them with `iae edit { $id }` before cancelling the exit
cmd-exit-cancelled = Cancelled the exit of { $id } on { $date } ({ $reason }); git keeps it in the file's history. Contracts ended at the exit keep that end date: change them with `iae edit { $id }` if needed.
cmd-reasons-overridden = * set or changed in this structure's iae.toml

# store
cmd-store-skipped = skipped { $file }: { $problem } — run `iae check`
cmd-store-fix-settings = fix the structure settings; every key is described in docs/format.md
cmd-store-no-salaries = { $dir } is missing: this structure has no salaries/ directory
cmd-store-no-id = no salarié with id { $id } (no file { $file })
cmd-store-no-id-hint = `iae list --all` shows every id; `iae show NAME` finds one by name
cmd-store-fix-file = fix the file by hand or with `iae edit { $id }`, then `iae check`
cmd-store-change-invalid = nothing was written: the change would make the file invalid:
    { $errors }
cmd-store-give-id = give an id or a name
cmd-store-no-match = no salarié matches "{ $query }"
cmd-store-no-match-hint = `iae list --all` shows every id and name
cmd-store-name-not-id = the file name { $name } is not an id (6 characters of Crockford base32, upper case)
cmd-store-name-not-id-hint = case files are named salaries/<ID>.toml; move other files out of salaries/
cmd-store-cannot-read-file = cannot read the file: { $error }
cmd-not-a-structure = { $dir } is not a structure directory (it has no { $config })
cmd-not-a-structure-hint = create one with `iae init { $dir } --name NAME --kind ACI|EI|AI|ETTI|EITI`, or point --dir / IAE_DIR at an existing one
cmd-no-structure = no structure found: neither { $dir } nor any parent directory has an { $config }
cmd-no-structure-hint = create one with `iae init DIR --name NAME --kind ACI|EI|AI|ETTI|EITI`, or use --dir DIR / IAE_DIR

# git
cmd-git-cannot-run = cannot run git; is it installed?
cmd-git-cannot-run-merge = cannot run git merge-file; is git installed?
cmd-git-merge-failed = git merge-file failed on { $file }
cmd-no-exe-path = cannot find the path of the iae program

# pass
cmd-no-pass = { $id } has no PASS IAE recorded
cmd-no-pass-hint = `iae pass set { $id } --number N` first
cmd-pass-not-table = [pass] is not written as a table; fix it with `iae edit`
cmd-pass-breaks-rules = this { $what } breaks the rules; nothing was written:
      - { $problems }
cmd-pass-derogation-hint = if the administration granted an exception, add --derogation "why" (it is stored in the file)
cmd-derogation-recorded = note: recorded with a derogation: { $problem }
cmd-pass-prolonged = PASS of { $id } prolonged until { $to } ({ $reason }, decided by { $decider ->
    [prescriber] an authorised prescriber
   *[siae] the SIAE
}).
cmd-pass-number-digits = --number { $number }: a PASS IAE number is 12 digits
cmd-pass-end-before-start = --end { $end } is before the start { $start }
cmd-pass-set = PASS IAE { $number } of { $id }, valid until { $end } as issued.
cmd-note = note: { $text }
cmd-pass-suspended = PASS of { $id } suspended from { $from } to { $to }: it now ends on { $end }.

# shared
cmd-no-current-dir = cannot read the current directory
cmd-unknown-code = { $flag } { $value }: not a known { $what ->
    [sex] sex
    [prescriber] prescriber
    [criterion] criterion
    [eligibility-criterion] eligibility criterion
    [barrier-category] barrier category
    [contract-kind] contract kind
    [interview-kind] interview kind
    [kind-of-structure] kind of structure
    [prolongation-reason] prolongation reason
    [suspension-reason] suspension reason
    [skill-kind] skill kind
   *[other] code
}; nothing was written
cmd-did-you-mean-code = did you mean "{ $code }"?
cmd-write-one-of = write one of: { $list }

# recruit
cmd-recruit-duplicate = { $name } born { $birth } already has a case file: { $file } — nothing was written
cmd-recruit-duplicate-hint = `iae show { $id }` opens it; if this really is another person, add --force
cmd-recruit-forced = { $name } already has the file { $file }; recorded again (--force)
cmd-recruited = Recruited { $name } as { $id } ({ $path }).
cmd-ask-last-name = Last name
cmd-ask-first-name = First name
cmd-ask-birth-date = Birth date (YYYY-MM-DD)
cmd-ask-sex = Sex (F or M)
cmd-ask-hired-on = Hiring date, first day worked (YYYY-MM-DD)
cmd-ask-applied-on = Application date (YYYY-MM-DD)
cmd-ask-prescriber = Prescriber (france_travail, mission_locale, siae…)
cmd-ask-postcode = Postcode
cmd-answer-sex = answer F (woman) or M (man)
cmd-unknown-prescriber = not a known prescriber; one of: { $list }
cmd-postcode-digits = a French postcode is 5 digits
cmd-recruit-missing = missing identity or hiring date
cmd-recruit-empty-name = --last-name and --first-name cannot be empty
cmd-recruit-age = --birth-date { $birth }: aged { $age } on the hiring date { $hired }, which is not possible (between { $min } and { $max }); nothing was written
cmd-recruit-applied-after = --applied-on { $applied } is after --hired-on { $hired }: the application comes first; nothing was written
cmd-recruit-postcode = --postcode { $postcode }: a French postcode is 5 digits; nothing was written
cmd-recruit-diagnosis-after = --diagnosis-date { $date } is after the hiring on { $hired }: the diagnosis must come first; nothing was written
cmd-recruit-pass-number = --pass-number { $number }: a PASS IAE number is 12 digits; nothing was written
cmd-recruit-contract-flags = --contract-end, --weekly-hours and --position describe a contract: add --contract KIND
cmd-recruit-needs-hours = --contract { $kind } needs --weekly-hours H
cmd-recruit-needs-end = --contract { $kind } needs --contract-end DATE (its last day)
cmd-recruit-end-before-hiring = --contract-end { $end } is before the hiring on { $hired }; nothing was written

# check
cmd-check-summary = { $files ->
    [one] { $files } file checked
   *[other] { $files } files checked
}: { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}
cmd-check-unknown-key = unknown key `{ $key }` (kept as it is)
cmd-check-unknown-key-hint = check its spelling against docs/format.md; your own notes may stay
cmd-check-id-shared = id "{ $id }" is used by several files: { $files }
cmd-check-id-shared-hint = each file's id is its file name
cmd-check-same-person = { $name } born { $birth } is also in { $files }
cmd-check-same-person-hint = if it is the same person, keep one file; otherwise nothing to do

# followup, hours, immersion, project, skill, training
cmd-followup-unknown-situation = --situation { $situation }: not a known situation; nothing was written
cmd-followup-situation-hint = situations use the exit-reason codes: `iae exit reasons`
cmd-followup-no-exit = { $id } has no exit yet: a follow-up comes after the exit
cmd-followup-not-after-exit = --date { $date } is not after the exit on { $exit }
cmd-followup-recorded = Recorded the follow-up of { $id } on { $date }.
cmd-hours-month = --month { $month }: write the month as YYYY-MM or MM/YYYY, e.g. 2025-03
cmd-hours-range = --hours { $hours }: more than 0 and at most 744 in a month
cmd-hours-not-tables = the [[hours]] lines of { $id } are not written as tables; fix them with `iae edit { $id }`
cmd-hours-total = { $id }: { $total } hours in { $month }
cmd-hours-company-cap = { $hours } hours placed with companies within 24 months of the first placement: above the { $cap }-hour cap (unless the préfet granted a derogation)
cmd-immersion-empty = --employer and --job cannot be empty
cmd-immersion-recorded = Recorded the immersion at { $employer } for { $id }.
cmd-project-target-empty = --target is empty: name the job or training aimed at
cmd-project-rome = --rome { $rome }: a ROME code is a capital letter and 4 digits, e.g. K2204
cmd-project-on-before = --on { $on } is before the current target was set on { $set }
cmd-project-not-table = [project] is not written as a table; fix it with `iae edit { $id }`
cmd-project-set = Project of { $id }: { $target }.
cmd-skill-name-empty = --name is empty: name the skill
cmd-skill-recorded = Recorded the skill "{ $name }" (level { $level }) for { $id }.
cmd-training-empty = --title and --organism cannot be empty
cmd-training-recorded = Recorded the training "{ $title }" for { $id }.
cmd-contracts-not-tables-any = the contracts are not written as [[contracts]] tables; fix them with `iae edit`

# prompts, editor, init, sync
cmd-prompt-cannot-read = cannot read the answer
cmd-prompt-no-answer = no answer (end of input)
cmd-prompt-answer-needed = an answer is needed
cmd-prompt-yes-no = { $question } [Y/n]
cmd-editor-cannot-start = cannot start the editor `{ $editor }`
cmd-editor-failed = the editor `{ $editor }` failed (exit status { $status })
cmd-editor-none = no editor: neither $VISUAL nor $EDITOR is set
cmd-editor-none-hint = e.g. `export EDITOR=nano`
cmd-nothing-changed = nothing was changed
cmd-edit-no-change = No change to { $file }.
cmd-edit-again = The file is not valid. Open the editor again?
cmd-init-kind = --kind { $kind }: not a kind of SIAE — write one of { $list }
cmd-init-name-empty = --name is empty: give the structure's name
cmd-init-siret = --siret { $siret }: a SIRET number is 14 digits
cmd-init-already = { $dir } is already a structure (it has an { $config }); nothing was changed
cmd-init-already-hint = use another directory, or work in this one with `iae list`
cmd-init-salaries-exists = { $dir } already has a { $salaries }/ directory; nothing was changed
cmd-cannot-create = cannot create { $path }
cmd-init-created = Created the structure "{ $name }" ({ $kind }) in { $dir }.
    Next: { $here ->
        [yes] `iae recruit`
       *[no] `cd { $dir }`, then `iae recruit`
    } to open a first case file.
cmd-init-no-git = note: git is not installed; the directory was not put under version control
cmd-init-inside-git = note: { $dir } is already inside a git repository
cmd-init-git-failed = note: `git init` failed; the directory was not put under version control
cmd-no-completion = { $shell }: no completion for this shell

# pass show
cmd-pass-current-end = Current end: { $end }; { $days } days left (today included)
cmd-pass-expired = Current end: { $end }; expired

# store scan

cmd-pass-col-event = event
cmd-pass-col-from = from
cmd-pass-col-to = to
cmd-pass-col-reason = reason
cmd-pass-col-end = end
cmd-pass-step-issued = issued
cmd-pass-step-suspended = suspended
cmd-pass-step-prolonged = prolonged
cmd-reasons-col-code = code
cmd-reasons-col-label = label
cmd-reasons-col-category = category
cmd-reasons-col-certain = certain
cmd-reasons-certain = yes
cmd-reasons-uncertain = no (see note)

## Column titles of the listings (table and Markdown)
col-check-file = file
col-check-line = line
col-check-code = code
col-check-field = field
col-check-message = message
col-criterion-code = code
col-criterion-level = level
col-criterion-label = label
col-criterion-proof = proof
col-criterion-valid = valid
col-verdict-eligible = eligible
col-verdict-kind = structure
col-verdict-by = diagnosis by
col-verdict-on = on
col-verdict-level1 = level 1
col-verdict-level2 = level 2
col-verdict-required_level2 = level 2 required
col-verdict-problems = problems
col-verdict-reason = reason
col-hours-month = month
col-hours-recorded = recorded
col-hours-estimated = estimated
col-hours-counted = counted
col-hours-source = source
col-interview-date = date
col-interview-kind = kind
col-interview-by = by
col-interview-attendance = attendance
col-interview-notes = notes
col-recruited-id = id
col-recruited-path = file
col-show-field = field
col-show-value = value
cell-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
edit-saved = Saved { $path }.
cmd-skill-level-range = the level goes from 1 to 4
