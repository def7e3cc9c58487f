# The findings of `iae check` on one case file, the comments of the iae.toml that `iae init`
# writes, and the rules' findings. Same ids in fr/check.ftl.

## Codes and values
check-unknown-code = "{ $value }" is not a known { $what }
check-write-one-of = write one of: { $codes }
check-what-sex = sex
check-what-prescriber = prescriber
check-what-diagnosis-by = diagnosis author
check-what-criterion = criterion
check-what-suspension-reason = suspension reason
check-what-prolongation-reason = prolongation reason
check-what-contract-kind = contract kind
check-what-interview-kind = interview kind
check-what-medium = medium
check-what-attendance = attendance
check-what-barrier-category = barrier category
check-what-barrier-status = barrier status
check-what-support = support
check-what-exit-reason = exit reason
check-what-skill-kind = skill kind
check-what-client-kind = client kind
check-what-situation = situation (exit-reason code)

## Identity
check-schema-unknown = schema { $schema } is not known (this version of iae reads schema 1)
check-schema-unknown-hint = write schema = 1, or update iae
check-id-mismatch = id "{ $id }" does not match the file name { $file }.toml
check-id-mismatch-hint = write id = "{ $file }", or rename the file
check-id-invalid = id "{ $id }" is not 6 characters of Crockford base32
check-name-empty = is empty
check-name-empty-hint = write the name
check-postcode-invalid = "{ $postcode }" is not a French postcode
check-postcode-invalid-hint = write 5 digits, e.g. "92220"
check-age-impossible = born { $born } means aged { $age } when hired on { $hired }: not possible
check-age-impossible-hint = check the birth date: age at hiring is between { $min } and { $max }
check-applied-after-hiring = applied on { $applied }, after being hired on { $hired }
check-applied-after-hiring-hint = the application comes before the hiring: check both dates

## Eligibility
check-certified-without-date = a certified criterion without certified_on
check-certified-without-date-hint = write certified_on = YYYY-MM-DD, the day the platform certified it
check-proof-without-date = a proof without its date
check-proof-without-date-hint = write dated = YYYY-MM-DD (the document's date), or certified = true with certified_on = YYYY-MM-DD

## PASS IAE
check-pass-number-invalid = "{ $number }" is not a PASS IAE number
check-pass-number-invalid-hint = write the 12 digits without spaces, e.g. "999992512345"
check-pass-ends-before-start = ends on { $end }, before it starts on { $start }
check-suspension-ends-before-start = suspension ends on { $end }, before it starts on { $start }
check-prolonged-not-after-end = prolonged to { $to }, not after the issued end { $end }

## Parcours
check-contract-ends-before-start = contract ends on { $end }, before it starts on { $start }
check-contract-before-hiring = contract starts on { $start }, before the hiring on { $hired }
check-contract-before-hiring-hint = the first contract starts on recruitment.hired_on
check-weekly-hours-impossible = { $hours } hours a week is not possible
check-weekly-hours-impossible-hint = write the weekly hours of the contract, more than 0 and at most 48
check-interview-before-application = interview on { $date }, before the application on { $applied }
check-interview-after-exit = { $kind } interview on { $date }, after the exit on { $exit }
check-interview-after-exit-hint = after the exit, record kind = "post_sortie"
check-barrier-number-twice = barrier number { $number } is used twice
check-barrier-ended-without-date = barrier { $number } is { $status } without a date
check-barrier-ended-without-date-hint = add resolved_on = YYYY-MM-DD (the day it ended)
check-barrier-open-with-date = barrier { $number } is { $status } but has an end date
check-barrier-open-with-date-hint = remove resolved_on, or set status = "resolved" or "abandoned"
check-barrier-ended-before-noted = barrier ended on { $end }, before it was noted on { $noted }
check-action-before-barrier = action on { $date }, before the barrier was noted on { $noted }
check-rome-invalid = "{ $rome }" is not a ROME code
check-rome-invalid-hint = a ROME code is a capital letter and 4 digits, e.g. K2204
check-replaced-before-set = replaced on { $replaced }, before it was set on { $set }
check-level-off-scale = level { $level } is not on the scale
check-level-off-scale-hint = levels go from 1 (beginning) to 4 (mastered)
check-training-ends-before-start = training ends on { $end }, before it starts on { $start }
check-immersion-ends-before-start = immersion ends on { $end }, before it starts on { $start }
check-month-invalid = "{ $month }" is not a month
check-month-invalid-hint = write the month as "YYYY-MM", e.g. "2025-03"
check-month-hours-impossible = { $hours } hours in a month is not possible
check-month-hours-impossible-hint = write the hours worked in that month (0 to 744)
check-month-twice = { $month } is recorded twice for the same client kind
check-month-twice-hint = add the hours to one line per month and client kind

## After the exit
check-exit-before-hiring = exit on { $date }, before the hiring on { $hired }
check-exit-before-hiring-hint = the exit date is the last day worked, on or after recruitment.hired_on
check-after-exit = { $what } on { $date }, after the exit on { $exit }
check-after-exit-hint = after the exit, record a post_sortie interview or a follow-up
check-event-contract = contract starting
check-event-barrier-noted = barrier { $number } noted
check-event-barrier-action = action on barrier { $number }
check-event-skill = skill assessed
check-event-training = training starting
check-event-immersion = immersion starting
check-event-hours = hours of { $month }
check-followup-without-exit = a follow-up after the exit, but there is no exit
check-followup-without-exit-hint = record the exit first, or remove the follow-up
check-followup-not-after-exit = follow-up on { $date }, not after the exit on { $exit }

## Missing pieces
check-no-eligibility = no eligibility diagnosis recorded
check-no-eligibility-hint = add an [eligibility] section (date, by, criteria)
check-no-pass = no PASS IAE recorded yet
check-no-pass-hint = add a [pass] section with its number, start and end
check-no-contract = no contract recorded yet
check-no-contract-hint = add a [[contracts]] entry (kind, start, end, weekly_hours)

## The rules over one case file (W004–W007)
check-not-eligible = not eligible: { $reason }
check-not-eligible-hint = `iae eligibility check` explains the verdict
check-contract-derogation-hint = if the administration granted an exception, record it as derogation = "why"
check-suspension-problem = suspension: { $problem }
check-prolongation-problem = prolongation: { $problem }
check-company-hours = { $hours } hours placed with companies within 24 months of the first placement: above { $cap }
check-company-hours-hint = placements with companies are capped at 480 hours over 24 months unless the préfet derogates
check-toml-hint = this is not valid TOML: fix the line shown (quotes, `=`, brackets, dates as YYYY-MM-DD)

## Contracts (W004)
check-contract-kind-for = a { $contract } contract is for { $kinds }, not { $kind }
check-cddi-too-short = a CDDI lasts at least { $months } months: from { $start } it ends on { $earliest } at the earliest
check-cddi-too-long = CDDIs last { $months } months in total at most (from { $first }, until { $limit }) unless the PASS is prolonged
check-weekly-hours-ordinary = { $hours } hours a week: between { $min } and { $max } ordinarily
check-cdi-inclusion-age = a CDI inclusion is for people aged { $min } or more (aged { $age } on { $start })
check-cdi-inclusion-early = a CDI inclusion comes after { $months } months of parcours (from { $from })
check-passerelle-early = a contrat passerelle comes after { $months } months of parcours (from { $from })
check-passerelle-too-long = a contrat passerelle lasts { $months } months at most
check-contract-overlap = it overlaps the { $kind } contract starting { $start }

## Eligibility (W005, `iae eligibility check`)
check-age-criterion-not-counted = { $criterion } is claimed but the person is { $age } on { $on }: not counted
check-eligible-by-prescriber = a diagnosis by an authorised prescriber needs no criterion
check-eligible-level1 = level-1 criterion: { $criteria }
check-eligible-level2 = { $count } level-2 criteria, { $required } needed for { $kind }
check-not-enough-criteria = no level-1 criterion and { $count } level-2 criteria, { $required } needed for { $kind }
check-diagnosis-after-hiring = the diagnosis of { $date } comes after the hiring on { $hired }
check-diagnosis-expired = the diagnosis was no longer valid on the hiring date { $hired }
check-by-prescriber = prescriber
check-by-employer = employer
check-diagnosis-valid-through = the diagnosis of { $date } ({ $by }) was valid through { $through }, before the hiring on { $hired }
check-no-proof = no proof is recorded for { $criterion }
check-proof-too-old = the proof of { $criterion } dated { $dated } is older than { $months } months on the hiring date { $hired }

## The settings of iae.toml, and the comments `iae init` writes in it
check-settings-kind = kind = "{ $kind }" is not a kind of SIAE — write one of { $kinds }
check-settings-siret = siret = "{ $siret }" is not 14 digits
check-settings-annual-hours = etp.annual_hours = { $hours } is not a number of hours in a year — write e.g. 1607
check-settings-interview-every = interview_every_days must be at least 1
check-settings-fraction = { $name } = { $value } is not a fraction — write e.g. 0.60 for 60 %
check-settings-exit-category = exit_reasons.{ $code }.category = "{ $category }" is not a category — write one of { $categories }
check-init-header =
    Structure d'insertion par l'activité économique — settings read by `iae`.
    Every key is documented in docs/format.md. Lines starting with # are comments.
check-init-name = Name of the structure, as in the convention with the state.
check-init-siret = SIRET number (14 digits).
check-init-funded-etp = Posts funded by the state for the year (ETP conventionnés), for the annual report.
check-init-interview-every = One interview every so many days; a salarié is overdue past it.
check-init-retention =
    Years a case file is kept after the exit (personal data retention); past them,
    `iae check -v` and `iae report deadlines` list the file and `iae purge` anonymises it.
check-init-files = Who may read the case files: "private" (the owner alone) or "group" (the owner's group too).
check-init-targets = Exit-rate targets as fractions (circulaire DGEFP 2008-21).
check-init-exits =
    Which exits count in the rates: "pipeline" (as the state's statistics count them: ACI
    and EI at least 81 days; AI and ETTI 150 hours within one calendar year) or "circular"
    (the circulaire's "more than 3 months"; 150 hours over the parcours). docs/reports.md.
check-init-etp = Hours of one full-time equivalent over a year (the ASP sets it per financial annex).
check-init-prescribers = Add a prescriber, or change one:
check-init-exit-reasons = Change the category of an exit reason, or add one:

## The phases of the parcours
check-phase = { $phase ->
    [1] Recruitment
    [2] Integration
    [3] Parcours
   *[4] Exit preparation
}
check-toml-invalid = TOML syntax error; the TOML reader answered: "{ $said }"
check-toml-type = wrong value; the TOML reader answered: "{ $said }"
check-missing-field = the required field { $field } is missing
date-quoted = "{ $text }" is a string, not a date — write the date without quotes, as YYYY-MM-DD
date-file-not-a-day = { $text } is not a date — write YYYY-MM-DD
date-has-time = { $text } is not a plain date — write YYYY-MM-DD, without a time
