# The command line's help (`--help`), per command. The English is the code's doc
# comments, word for word; `cargo test --lib i18n::help` lists what differs.
#
# help-barrier-add            the description of `iae barrier add`
#     .long                   its long description (when the code has one)
#     .examples               the examples that end its help, one per line
# help-barrier-add--category  the help of its --category (`_` of the id becomes `-`)
#     .<value>                the help of a documented value (help-iae--format.table)
# help-iae--dir               global options belong to the root, `iae`
# help-value-date             value names (<DATE>), shared by every command

## clap's own pieces

help-usage-heading = Usage:
help-commands-heading = Commands:
help-arguments-heading = Arguments:
help-options-heading = Options:
help-examples-heading = Examples:
help-default = [default: { $value }]
help-possible-values = [possible values: { $values }]
help-possible-values-heading = Possible values:
help-flag-help = Print help
    .summary = Print help (see a summary with '-h')
    .more = Print help (see more with '--help')
help-flag-version = Print version
help-subcommand = Print this message or the help of the given subcommand(s)
help-subcommand--subcommand = Print help for the subcommand(s)
help-value-command = COMMAND


## iae

help-iae = Case files of salariés en insertion, one TOML file each, and the figures the state asks for
    .examples =
        iae init ~/bagneux --name "Bagneux Insertion" --kind ACI
        iae list
        iae show martin
help-iae--dir = Structure directory (else IAE_DIR, else the first parent with an iae.toml)
help-iae--format = Output format
    .table = Aligned columns, for people (default)
    .json = JSON, for scripts
    .csv = CSV with a header line, for spreadsheets
    .yaml = YAML
    .markdown = Markdown table, for notes and wikis
help-iae--today = Reason as if today were DATE (YYYY-MM-DD)
help-iae--lang = Language of labels (default: from LANG)

## iae init

help-init = Create a structure directory (iae.toml, salaries/, .gitignore, git)
    .examples =
        iae init ~/bagneux --name "Bagneux Insertion" --kind ACI
        iae init --name "Jardins du Sud" --kind EI --siret 12345678900011 --no-git
help-init--path = Directory to create (default: --dir, else the current directory)
help-init--name = Name of the structure
help-init--kind = Kind of structure: ACI, EI, AI, ETTI or EITI
help-init--siret = SIRET number (14 digits)
help-init--no-git = Do not run `git init`

## iae recruit

help-recruit = Create the case file of a newly hired salarié
    .examples =
        iae recruit --last-name Martin --first-name Sofia --birth-date 14/05/1998 --sex F --hired-on 03/03/2025
        iae recruit --last-name Diallo --first-name Amadou --birth-date 1990-11-02 --sex M --hired-on 2025-04-07 --prescriber france_travail --criteria rsa,qpv --pass-number "9999 9251 2345"
help-recruit--last-name = Last name (nom de famille)
help-recruit--first-name = First name
help-recruit--birth-date = YYYY-MM-DD
help-recruit--sex = F or M (H, femme and homme are understood)
help-recruit--hired-on = First day of work, YYYY-MM-DD
help-recruit--applied-on = Date of the application, YYYY-MM-DD
help-recruit--prescriber = Who sent the application (e.g. france_travail, mission_locale, siae)
help-recruit--postcode = Postcode (5 digits)
help-recruit--criteria = Eligibility criteria claimed, comma-separated (e.g. rsa,qpv)
help-recruit--diagnosis-by = Who made the eligibility diagnosis
    .employer = The SIAE itself (valid 92 days, needs criteria)
    .prescriber = An authorised prescriber (valid 6 months)
help-recruit--diagnosis-date = Date of the eligibility diagnosis (default: the hiring date, or today for a hiring still to come)
help-recruit--pass-number = PASS IAE number (12 digits; spaces allowed)
help-recruit--contract = Kind of the first contract: cddi, cddu, mission, cdi_inclusion, passerelle
help-recruit--contract-end = Last day of the first contract, YYYY-MM-DD
help-recruit--weekly-hours = Weekly hours of the first contract
help-recruit--position = Position held (poste)
help-recruit--force = Record the person even if a file exists for the same name and birth date

## iae show

help-show = Show one salarié's whole parcours
    .examples =
        iae show 7K3M9Q
        iae show martin
        iae show "sofia martin" --format json
help-show--who = An id (7K3M9Q) or a name (accents and case do not matter)

## iae list

help-list = List salariés (active by default)
    .examples =
        iae list
        iae list --exited
        iae list --all --search martin --format csv
help-list--active = Only salariés still in parcours (default)
help-list--exited = Only salariés who have left
help-list--all = Everyone
help-list--search = Only names containing TEXT (accents and case do not matter)

## iae edit

help-edit = Edit a case file in $VISUAL / $EDITOR, validated before it is saved
    .examples =
        iae edit 7K3M9Q
        EDITOR=nano iae edit 7K3M9Q
help-edit--id = The salarié: an id (7K3M9Q) or a name

## iae check

help-check = Check every case file: errors (E…) and warnings (W…)
    .examples =
        iae check
        iae check -v
        iae check --strict
help-check--verbose = Print a summary and the warnings, not only the errors
help-check--strict = Warnings count as errors (exit 1)

## iae exit

help-exit = Record an exit (sortie) and its bilan: `iae exit ID --date D --reason CODE`; `iae exit reasons` lists the reasons, `iae exit cancel ID` removes a mistaken exit
    .examples =
        iae exit 7K3M9Q --date 27/02/2026 --reason cdi_non_aide --employer "Espaces Verts du Sud"
        iae exit reasons
        iae exit cancel 7K3M9Q
help-exit--id = The salarié: an id (7K3M9Q) or a name
help-exit--date = Last day worked, YYYY-MM-DD
help-exit--reason = Exit reason code (see `iae exit reasons`)
help-exit--employer = Employer hiring the person
help-exit--job = Job found, or training entered
help-exit--contract-months = Length of the contract found, in months
help-exit--acquired = Bilan: what was acquired
help-exit--options = Bilan: the options considered
help-exit--next-steps = Bilan: the next steps prepared
help-exit--partners = Bilan: partners involved

## iae exit reasons

help-exit-reasons = The exit reasons in force (official typology, with this structure's overrides)
    .examples =
        iae exit reasons
        iae exit reasons --format csv

## iae exit cancel

help-exit-cancel = Remove a mistaken exit (the file's git history keeps it)
    .examples =
        iae exit cancel 7K3M9Q
        iae exit cancel martin
help-exit-cancel--id = The salarié: an id (7K3M9Q) or a name

## iae eligibility

help-eligibility = Eligibility: the criteria, a verdict (exit 3 when not eligible), a diagnosis, a proof
    .examples =
        iae eligibility criteria --kind ACI
        iae eligibility check 7K3M9Q
        iae eligibility proof 7K3M9Q rsa --document "Attestation CAF" --dated 01/02/2025

## iae eligibility criteria

help-eligibility-criteria = The administrative criteria: level, label, proof, proof validity
    .examples =
        iae eligibility criteria
        iae eligibility criteria --kind EI --format json
help-eligibility-criteria--kind = Also say how many level-2 criteria this kind of structure needs

## iae eligibility check

help-eligibility-check = The verdict for a case file (ID), or for what-if criteria
    .examples =
        iae eligibility check 7K3M9Q
        iae eligibility check --kind ACI --criteria rsa,qpv
        iae eligibility check --criteria jeune,qpv --birth-date 12/09/2003 --diagnosis-by employer
help-eligibility-check--id = A case file; without it, the verdict for the options below
help-eligibility-check--kind = Kind of structure (default: this structure's)
help-eligibility-check--criteria = Criteria claimed, comma-separated
help-eligibility-check--birth-date = Birth date, for jeune and senior
help-eligibility-check--diagnosis-by = Who would make the diagnosis
    .employer = The SIAE itself (valid 92 days, needs criteria)
    .prescriber = An authorised prescriber (valid 6 months)
help-eligibility-check--on = Date of the diagnosis (default: today)

## iae eligibility record

help-eligibility-record = Record a new diagnosis (it replaces the previous one; git keeps the history)
    .examples =
        iae eligibility record 7K3M9Q --by prescriber --date 20/02/2025
        iae eligibility record 7K3M9Q --by employer --date 2025-02-20 --criteria rsa,qpv
help-eligibility-record--id = The salarié: an id (7K3M9Q) or a name
help-eligibility-record--by = Who made the diagnosis
    .employer = The SIAE itself (valid 92 days, needs criteria)
    .prescriber = An authorised prescriber (valid 6 months)
help-eligibility-record--date = Date of the diagnosis
help-eligibility-record--criteria = Criteria, comma-separated

## iae eligibility proof

help-eligibility-proof = Record the proof (justificatif) of a criterion
    .examples =
        iae eligibility proof 7K3M9Q rsa --document "Attestation CAF" --dated 01/02/2025
        iae eligibility proof 7K3M9Q qpv --document "Justificatif de domicile" --dated 2025-01-15
help-eligibility-proof--id = The salarié: an id (7K3M9Q) or a name
help-eligibility-proof--criterion = The criterion it proves
help-eligibility-proof--document = The document (e.g. "Attestation CAF")
help-eligibility-proof--dated = Date of the document
help-eligibility-proof--certified-on = The platform certified the criterion from an administration's data on this day (replaces a document)

## iae eligibility audit

help-eligibility-audit = The hires of a period on the structure's own diagnosis, each criterion with its proof or certification, and what is missing or expired (contrôle a posteriori)
    .examples =
        iae eligibility audit --from 2025-01-01 --to 2025-12-31
        iae eligibility audit --from 01/01/2025 --to 30/06/2025 --output controle.xlsx
help-eligibility-audit--from = First hiring day of the period, inclusive
help-eligibility-audit--to = Last hiring day of the period, inclusive
help-eligibility-audit--output = Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx (and .html for the annual report)
help-eligibility-audit--csv-excel = CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma

## iae pass

help-pass = PASS IAE: set, suspend, prolong, show
    .examples =
        iae pass set 7K3M9Q --number "9999 9251 2345"
        iae pass suspend 7K3M9Q --from 02/06/2025 --to 20/06/2025 --reason contract_suspended
        iae pass show 7K3M9Q

## iae pass set

help-pass-set = Record the PASS IAE number and dates
    .examples =
        iae pass set 7K3M9Q --number "9999 9251 2345"
        iae pass set 7K3M9Q --number 999992512345 --start 03/03/2025 --end 02/03/2027
help-pass-set--id = The salarié: an id (7K3M9Q) or a name
help-pass-set--number = 12 digits (spaces allowed)
help-pass-set--start = First day (default: the hiring date)
help-pass-set--end = Last day as issued (default: start + 730 days − 1)

## iae pass suspend

help-pass-suspend = Suspend the PASS (moves its end)
    .examples =
        iae pass suspend 7K3M9Q --from 02/06/2025 --to 20/06/2025 --reason contract_suspended
        iae pass suspend 7K3M9Q --from 2025-09-01 --to 2025-09-30 --reason contract_broken
help-pass-suspend--id = The salarié: an id (7K3M9Q) or a name
help-pass-suspend--from = First day of the suspension
help-pass-suspend--to = Last day of the suspension
help-pass-suspend--reason = contract_suspended, contract_broken, finished_contract, approval_between_cta_members, contrat_passerelle
help-pass-suspend--derogation = Why a rule is bent (stored in the file)

## iae pass prolong

help-pass-prolong = Prolong the PASS to a new end (inclusive)
    .examples =
        iae pass prolong 7K3M9Q --reason complete_training --to 30/06/2027 --decided-by "France Travail"
        iae pass prolong 7K3M9Q --reason rqth --to 2027-12-31
help-pass-prolong--id = The salarié: an id (7K3M9Q) or a name
help-pass-prolong--reason = senior_cdi, complete_training, rqth, senior, particular_difficulties
help-pass-prolong--to = The new end, inclusive
help-pass-prolong--decided-by = Who decided (name, prescriber)
help-pass-prolong--derogation = Why a rule is bent (stored in the file)

## iae pass show

help-pass-show = Start, end, each suspension and prolongation, days left
    .examples =
        iae pass show 7K3M9Q
        iae pass show martin --format json
help-pass-show--id = The salarié: an id (7K3M9Q) or a name

## iae contract

help-contract = Contracts: add, renew, end
    .examples =
        iae contract add 7K3M9Q --kind cddi --start 03/03/2025 --end 02/09/2025 --weekly-hours 26 --position "Agent d'entretien des espaces verts"
        iae contract renew 7K3M9Q --end 02/03/2026
        iae contract end 7K3M9Q --on 15/10/2025

## iae contract add

help-contract-add = Record a contract
    .examples =
        iae contract add 7K3M9Q --kind cddi --start 03/03/2025 --end 02/09/2025 --weekly-hours 26 --position "Agent d'entretien des espaces verts"
        iae contract add 7K3M9Q --kind cdi_inclusion --start 2025-09-03 --weekly-hours 30 --position "Agent de tri"
help-contract-add--id = The salarié: an id (7K3M9Q) or a name
help-contract-add--kind = cddi, cddu, mission, cdi_inclusion or passerelle
help-contract-add--start = First day of the contract
help-contract-add--end = Last day (none for a CDI inclusion)
help-contract-add--weekly-hours = Weekly hours
help-contract-add--position = Position held (poste)
help-contract-add--derogation = Why a rule is bent (stored in the file)

## iae contract renew

help-contract-renew = Renew the last contract until a new end (a new contract from the day after)
    .examples =
        iae contract renew 7K3M9Q --end 02/03/2026
        iae contract renew 7K3M9Q --end 2026-03-02 --weekly-hours 30
help-contract-renew--id = The salarié: an id (7K3M9Q) or a name
help-contract-renew--end = Last day of the renewal
help-contract-renew--weekly-hours = Weekly hours of the renewal (default: as before)
help-contract-renew--derogation = Why a rule is bent (stored in the file)

## iae contract end

help-contract-end = End the current contract early (the agreed end is kept as planned_end)
    .examples =
        iae contract end 7K3M9Q --on 15/10/2025
        iae contract end martin --on 2025-10-15
help-contract-end--id = The salarié: an id (7K3M9Q) or a name
help-contract-end--on = Last day worked

## iae interview

help-interview = Interviews (entretiens): add one, list them
    .examples =
        iae interview add 7K3M9Q --date 03/03/2025 --kind accueil --by "C. Durand"
        iae interview list 7K3M9Q

## iae interview add

help-interview-add = Record an interview (with notes from --notes, --notes-file, or $EDITOR on a terminal)
    .examples =
        iae interview add 7K3M9Q --date 03/03/2025 --kind accueil --by "C. Durand"
        iae interview add 7K3M9Q --date 2025-04-14 --kind suivi --by "C. Durand" --medium phone --duration 30 --notes "Point sur la recherche de logement"
        iae interview add 7K3M9Q --date 12/05/2025 --kind suivi --by "C. Durand" --attendance absent
help-interview-add--id = The salarié: an id (7K3M9Q) or a name
help-interview-add--date = YYYY-MM-DD
help-interview-add--kind = accueil, suivi, bilan_intermediaire, bilan_final, collectif or post_sortie
help-interview-add--by = Who held the interview
help-interview-add--medium = How the interview took place
help-interview-add--attendance = Whether the person came
help-interview-add--duration = Duration in minutes
help-interview-add--topic = Topic (e.g. the workshop's theme)
help-interview-add--notes = Notes (use --notes-file for long ones)
help-interview-add--notes-file = Read the notes from a file

## iae interview list

help-interview-list = The interviews of one salarié
    .examples =
        iae interview list 7K3M9Q
        iae interview list martin --format csv
help-interview-list--id = The salarié: an id (7K3M9Q) or a name

## iae barrier

help-barrier = Barriers to employment (freins périphériques), from noticed to lifted
    .examples =
        iae barrier add 7K3M9Q --category logement --detail "Hébergée chez un tiers"
        iae barrier action 7K3M9Q 1 --date 20/03/2025 --text "Demande SIAO déposée" --partner "SIAO 92" --support external
        iae barrier list --open

## iae barrier add

help-barrier-add = Note a barrier; prints its number in the file
    .examples =
        iae barrier add 7K3M9Q --category logement --detail "Hébergée chez un tiers"
        iae barrier add 7K3M9Q --category mobilite --detail "Pas de permis B" --noted-on 03/03/2025
help-barrier-add--id = The salarié: an id (7K3M9Q) or a name
help-barrier-add--category = logement, sante, mobilite, difficultes_financieres, difficultes_administratives, justice, contraintes_familiales, maitrise_langue or numerique
help-barrier-add--detail = What the barrier is, in words
help-barrier-add--noted-on = When it was noted (default: today)

## iae barrier action

help-barrier-action = Record an action taken on barrier N
    .examples =
        iae barrier action 7K3M9Q 1 --date 20/03/2025 --text "Demande SIAO déposée" --partner "SIAO 92" --support external
        iae barrier action 7K3M9Q 2 --date 2025-04-02 --text "Inscription au code de la route" --support internal
help-barrier-action--id = The salarié: an id (7K3M9Q) or a name
help-barrier-action--number = The barrier's number in the file
help-barrier-action--date = Date of the action
help-barrier-action--text = What was done
help-barrier-action--partner = Partner involved
help-barrier-action--support = Who supports it
    .internal = By the SIAE itself
    .external = By a partner
    .both = Both

## iae barrier resolve

help-barrier-resolve = Close barrier N: resolved (lifted) or abandoned
    .examples =
        iae barrier resolve 7K3M9Q 1 --on 15/09/2025 --note "Logement social attribué"
        iae barrier resolve 7K3M9Q 2 --on 2025-10-01 --outcome abandoned
help-barrier-resolve--id = The salarié: an id (7K3M9Q) or a name
help-barrier-resolve--number = The barrier's number in the file
help-barrier-resolve--on = The day it ended
help-barrier-resolve--outcome = Lifted (resolved) or given up (abandoned)
help-barrier-resolve--note = How it ended, in words

## iae barrier reopen

help-barrier-reopen = Open a closed barrier again
    .examples =
        iae barrier reopen 7K3M9Q 1
        iae barrier reopen martin 2
help-barrier-reopen--id = The salarié: an id (7K3M9Q) or a name
help-barrier-reopen--number = The barrier's number in the file

## iae barrier list

help-barrier-list = Barriers of one salarié, or of everyone
    .examples =
        iae barrier list 7K3M9Q
        iae barrier list --open
        iae barrier list --format csv
help-barrier-list--id = One salarié (default: everyone)
help-barrier-list--open = Only barriers still open (identified or in progress)

## iae project

help-project = The professional project (projet professionnel)
    .examples =
        iae project set 7K3M9Q --target "Jardinier paysagiste" --rome A1203
        iae project set 7K3M9Q --target "CAP Petite enfance" --on 01/09/2025

## iae project set

help-project-set = Set the target job; the previous target is kept with its dates
    .examples =
        iae project set 7K3M9Q --target "Jardinier paysagiste" --rome A1203
        iae project set 7K3M9Q --target "CAP Petite enfance" --on 01/09/2025
help-project-set--id = The salarié: an id (7K3M9Q) or a name
help-project-set--target = The target job or training, in words
help-project-set--rome = ROME code of the target job (e.g. K2204)
help-project-set--on = Date of the decision (default: today)

## iae skill

help-skill = Skills assessed (savoir-être, savoir-faire, aptitudes)
    .examples =
        iae skill add 7K3M9Q --kind savoir_etre --name Ponctualité --level 3 --on 15/04/2025
        iae skill add 7K3M9Q --kind savoir_faire --name "Taille des haies" --level 2 --on 2025-05-20 --by "M. Petit"

## iae skill add

help-skill-add = Record a skill assessed, level 1 (beginning) to 4 (mastered)
    .examples =
        iae skill add 7K3M9Q --kind savoir_etre --name Ponctualité --level 3 --on 15/04/2025
        iae skill add 7K3M9Q --kind savoir_faire --name "Taille des haies" --level 2 --on 2025-05-20 --by "M. Petit"
help-skill-add--id = The salarié: an id (7K3M9Q) or a name
help-skill-add--kind = savoir_etre, savoir_faire or aptitude
help-skill-add--name = The skill, in words
help-skill-add--level = Level from 1 (beginning) to 4 (mastered)
help-skill-add--on = Date of the assessment
help-skill-add--by = Who assessed it

## iae training

help-training = Trainings followed
    .examples =
        iae training add 7K3M9Q --title "CACES R489" --organism "AFPA Nanterre" --start 06/10/2025 --end 10/10/2025
        iae training add 7K3M9Q --title "Titre pro Agent de propreté" --organism GRETA --start 2025-11-03 --qualifying

## iae training add

help-training-add = Record a training
    .examples =
        iae training add 7K3M9Q --title "CACES R489" --organism "AFPA Nanterre" --start 06/10/2025 --end 10/10/2025 --certification "CACES R489 cat. 3"
        iae training add 7K3M9Q --title "Titre pro Agent de propreté" --organism GRETA --start 2025-11-03 --qualifying
help-training-add--id = The salarié: an id (7K3M9Q) or a name
help-training-add--title = Title of the training
help-training-add--organism = Training organisation
help-training-add--start = First day of the training
help-training-add--end = Last day of the training
help-training-add--qualifying = A (pre-)qualifying training
help-training-add--certification = Certification obtained

## iae immersion

help-immersion = Work immersions with employers (PMSMP)
    .examples =
        iae immersion add 7K3M9Q --employer "Mairie de Bagneux" --job "Agent des espaces verts" --start 12/05/2025 --end 23/05/2025

## iae immersion add

help-immersion-add = Record a work immersion (PMSMP)
    .examples =
        iae immersion add 7K3M9Q --employer "Mairie de Bagneux" --job "Agent des espaces verts" --start 12/05/2025 --end 23/05/2025
        iae immersion add martin --employer "Boulangerie Léa" --job Vendeuse --start 2025-06-02 --end 2025-06-06
help-immersion-add--id = The salarié: an id (7K3M9Q) or a name
help-immersion-add--employer = The host employer
help-immersion-add--job = The job tried
help-immersion-add--start = First day of the immersion
help-immersion-add--end = Last day of the immersion

## iae followup

help-followup = Situations after the exit (suivi à 3 et 6 mois)
    .examples =
        iae followup add 7K3M9Q --date 27/05/2026 --situation cdi_non_aide
        iae followup add 7K3M9Q --date 2026-08-27 --situation formation_qualifiante --notes "Entrée en CAP"

## iae followup add

help-followup-add = Record the situation found after the exit
    .examples =
        iae followup add 7K3M9Q --date 27/05/2026 --situation cdi_non_aide
        iae followup add 7K3M9Q --date 2026-08-27 --situation formation_qualifiante --notes "Entrée en CAP"
help-followup-add--id = The salarié: an id (7K3M9Q) or a name
help-followup-add--date = Date of the follow-up, YYYY-MM-DD (after the exit)
help-followup-add--situation = The situation, as an exit-reason code (see `iae exit reasons`)
help-followup-add--notes = Notes on the situation

## iae hours

help-hours = Hours worked per month (AI, ETTI, and anyone paid by the hour)
    .examples =
        iae hours add 7K3M9Q --month 2025-03 --hours 86.5
        iae hours add 7K3M9Q --month 2025-04 --hours 35 --client-kind individual

## iae hours add

help-hours-add = Add hours worked in a month (a second add for the same month and client kind adds up)
    .examples =
        iae hours add 7K3M9Q --month 2025-03 --hours 86.5
        iae hours add 7K3M9Q --month 2025-04 --hours 35 --client-kind individual
help-hours-add--id = The salarié: an id (7K3M9Q) or a name
help-hours-add--month = Month, YYYY-MM (or MM/YYYY)
help-hours-add--hours = Hours worked (decimal, e.g. 35.5)
help-hours-add--client-kind = Kind of client the person was placed with (AI)
## iae hours list

help-hours-list = Month by month: hours recorded, hours the contracts estimate, and which counts
    .examples =
        iae hours list 7K3M9Q
        iae hours list 7K3M9Q --year 2025
help-hours-list--id = The id of the case file
help-hours-list--year = Only this calendar year (default: the parcours, from the hiring to the exit or today)


## iae report

help-report = Reports over the whole structure
    .examples =
        iae report exits --year 2025
        iae report deadlines --within 60
        iae report annual --year 2025 --output bilan-2025.xlsx

## iae report exits

help-report-exits = Exits of a year (or period) per category and reason, with the dynamic and durable rates
    .examples =
        iae report exits --year 2025
        iae report exits --from 01/01/2025 --to 30/06/2025 --detail
        iae report exits --year 2025 --output sorties-2025.csv --csv-excel
help-report-exits--year = Calendar year
help-report-exits--from = First day of the period, YYYY-MM-DD (with --to)
help-report-exits--to = Last day of the period, YYYY-MM-DD (with --from)
help-report-exits--detail = One row per exit: counted, or why not
help-report-exits--output = Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx (and .html for the annual report)
help-report-exits--csv-excel = CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma

## iae report deadlines

help-report-deadlines = What is due within DAYS (contracts, PASS, interviews, proofs, follow-ups…), overdue first
    .examples =
        iae report deadlines
        iae report deadlines --within 60
        iae report deadlines --format json
help-report-deadlines--within = Days ahead, at most 36500 (what is overdue is always listed)
help-report-deadlines--output = Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx (and .html for the annual report)
help-report-deadlines--csv-excel = CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma

## iae report active

help-report-active = Everyone in parcours on a day: phase, months, contract and PASS ends, open barriers
    .examples =
        iae report active
        iae report active --on 31/12/2025
        iae report active --output actifs.xlsx
help-report-active--on = The day (default: today)
help-report-active--output = Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx (and .html for the annual report)
help-report-active--csv-excel = CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma

## iae report barriers

help-report-barriers = The ASP barriers table of a year: concerned, supported internally, externally, both
    .examples =
        iae report barriers --year 2025
        iae report barriers --year 2025 --output freins-2025.csv --csv-excel
help-report-barriers--year = Calendar year
help-report-barriers--output = Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx (and .html for the annual report)
help-report-barriers--csv-excel = CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma

## iae report annual

help-report-annual = The yearly figures for the dialogue de gestion (also as .html and .xlsx)
    .examples =
        iae report annual --year 2025
        iae report annual --year 2025 --output bilan-2025.html
        iae report annual --year 2025 --output bilan-2025.xlsx
help-report-annual--year = Calendar year
help-report-annual--output = Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx (and .html for the annual report)
help-report-annual--csv-excel = CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma

## iae report interviews

help-report-interviews = Interviews of a year per kind and counsellor, and who went beyond the cadence
    .examples =
        iae report interviews --year 2025
        iae report interviews --year 2025 --format csv
help-report-interviews--year = Calendar year
help-report-interviews--output = Write to FILE, in the format of its extension: .json .yaml .csv .md .txt .xlsx (and .html for the annual report)
help-report-interviews--csv-excel = CSV for French spreadsheets: `;` separator, UTF-8 BOM, decimal comma

## iae completions

help-completions = The shell completion script (commands, flags, ids and names of the structure)
    .examples =
        iae completions bash > ~/.local/share/bash-completion/completions/iae
        iae completions zsh > ~/.zfunc/_iae
        iae completions fish > ~/.config/fish/completions/iae.fish
help-completions--shell = The shell to write the script for

## iae man

help-man = The manual pages
    .examples =
        iae man | man -l -
        iae man --out-dir ~/.local/share/man/man1
help-man--out-dir = Write one page per command (iae.1, iae-report-exits.1, …) into DIR instead of printing the main page

## iae log

help-log = A case's history from git, in words, newest first
    .examples =
        iae log 7K3M9Q
        iae log martin --patch
        iae log 7K3M9Q --format json
help-log--who = The id or the name of the salarié
help-log--patch = Add the TOML difference of each commit

## iae sync

help-sync = Share the day's work: commit, merge what others sent, send
    .examples =
        iae sync
        iae --dir ~/jardins sync

## iae git

help-git = Git set-up of this clone
    .examples =
        iae git setup
        iae --dir ~/jardins git setup

## iae git setup

help-git-setup = Register the merge driver of case files in this clone (git does not copy it through a clone) and in .gitattributes
    .examples =
        iae git setup
        iae --dir ~/jardins git setup

## iae merge file

help-merge-file = Git's merge driver for case files (BASE OURS THEIRS: git's %O %A %B)
    .examples =
        iae merge-file %O %A %B --path %P
help-merge-file--base = The common ancestor (git's %O)
help-merge-file--ours = Our version, replaced by the result (git's %A)
help-merge-file--theirs = Their version (git's %B)
help-merge-file--path = The file's path in the repository, for the messages (git's %P)

## Value names

help-value-acquired = ACQUIRED
help-value-applied-on = APPLIED_ON
help-value-attendance = ATTENDANCE
help-value-base = BASE
help-value-birth-date = BIRTH_DATE
help-value-by = BY
help-value-category = CATEGORY
help-value-certification = CERTIFICATION
help-value-client-kind = CLIENT_KIND
help-value-contract = CONTRACT
help-value-contract-end = CONTRACT_END
help-value-contract-months = CONTRACT_MONTHS
help-value-criteria = CRITERIA
help-value-criterion = CRITERION
help-value-certified-on = DATE
help-value-date = DATE
help-value-dated = DATED
help-value-days = DAYS
help-value-decided-by = DECIDED_BY
help-value-derogation = DEROGATION
help-value-detail = DETAIL
help-value-diagnosis-by = DIAGNOSIS_BY
help-value-diagnosis-date = DIAGNOSIS_DATE
help-value-dir = DIR
help-value-document = DOCUMENT
help-value-employer = EMPLOYER
help-value-end = END
help-value-file = FILE
help-value-first-name = FIRST_NAME
help-value-format = FORMAT
help-value-from = FROM
help-value-hired-on = HIRED_ON
help-value-hours = HOURS
help-value-id = ID
help-value-job = JOB
help-value-kind = KIND
help-value-lang = LANG
help-value-last-name = LAST_NAME
help-value-level = LEVEL
help-value-medium = MEDIUM
help-value-min = MIN
help-value-month = MONTH
help-value-name = NAME
help-value-next-steps = NEXT_STEPS
help-value-note = NOTE
help-value-noted-on = NOTED_ON
help-value-notes = NOTES
help-value-number = NUMBER
help-value-on = ON
help-value-options = OPTIONS
help-value-organism = ORGANISM
help-value-ours = OURS
help-value-outcome = OUTCOME
help-value-p = P
help-value-partner = PARTNER
help-value-partners = PARTNERS
help-value-pass-number = PASS_NUMBER
help-value-path = PATH
help-value-position = POSITION
help-value-postcode = POSTCODE
help-value-prescriber = PRESCRIBER
help-value-reason = REASON
help-value-rome = ROME
help-value-sex = SEX
help-value-shell = SHELL
help-value-siret = SIRET
help-value-situation = SITUATION
help-value-start = START
help-value-support = SUPPORT
help-value-target = TARGET
help-value-text = TEXT
help-value-theirs = THEIRS
help-value-title = TITLE
help-value-to = TO
help-value-topic = TOPIC
help-value-weekly-hours = WEEKLY_HOURS
help-value-who = WHO
help-value-year = YEAR
