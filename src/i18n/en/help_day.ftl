# Help of the correction commands (remove, amend, action-remove), dismissed deadlines,
# the barriers at the exit and the recruitment derogation.

help-interview-remove = Take one interview out of the file, chosen by its date
    .examples =
        iae interview remove martin 2025-04-01
        iae interview remove 7K3M9Q 2025-04-01 --nth 2
help-interview-amend = Change fields of one interview, chosen by its date: --set FIELD=VALUE, --unset FIELD
    .examples =
        iae interview amend martin 2025-04-01 --set notes="RAS"
help-interview-remove--id = The salarié: an id (7K3M9Q) or a name
help-interview-remove--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-interview-remove--nth = When several records share that date: the first, second… of them
help-interview-amend--id = The salarié: an id (7K3M9Q) or a name
help-interview-amend--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-interview-amend--nth = When several records share that date: the first, second… of them
help-interview-amend--set = A field and its new value, e.g. --set end=2025-09-30 (repeatable)
help-interview-amend--unset = A field to take out of the record, e.g. --unset topic (repeatable)
help-hours-remove = Take one month's hours line out of the file, chosen by its month
    .examples =
        iae hours remove martin 2025-03
        iae hours remove 7K3M9Q 2025-03 --nth 2
help-hours-amend = Change fields of one month's hours line, chosen by its month: --set FIELD=VALUE, --unset FIELD
    .examples =
        iae hours amend martin 2025-03 --set hours=35
help-hours-remove--id = The salarié: an id (7K3M9Q) or a name
help-hours-remove--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-hours-remove--nth = When several records share that date: the first, second… of them
help-hours-amend--id = The salarié: an id (7K3M9Q) or a name
help-hours-amend--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-hours-amend--nth = When several records share that date: the first, second… of them
help-hours-amend--set = A field and its new value, e.g. --set end=2025-09-30 (repeatable)
help-hours-amend--unset = A field to take out of the record, e.g. --unset topic (repeatable)
help-contract-remove = Take one contract out of the file, chosen by its start
    .examples =
        iae contract remove martin 2025-03-03
        iae contract remove 7K3M9Q 2025-03-03 --nth 2
help-contract-amend = Change fields of one contract, chosen by its start: --set FIELD=VALUE, --unset FIELD
    .examples =
        iae contract amend martin 2025-03-03 --set weekly_hours=24
help-contract-remove--id = The salarié: an id (7K3M9Q) or a name
help-contract-remove--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-contract-remove--nth = When several records share that date: the first, second… of them
help-contract-amend--id = The salarié: an id (7K3M9Q) or a name
help-contract-amend--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-contract-amend--nth = When several records share that date: the first, second… of them
help-contract-amend--set = A field and its new value, e.g. --set end=2025-09-30 (repeatable)
help-contract-amend--unset = A field to take out of the record, e.g. --unset topic (repeatable)
help-training-remove = Take one training out of the file, chosen by its start
    .examples =
        iae training remove martin 2025-10-13
        iae training remove 7K3M9Q 2025-10-13 --nth 2
help-training-amend = Change fields of one training, chosen by its start: --set FIELD=VALUE, --unset FIELD
    .examples =
        iae training amend martin 2025-10-13 --set end=2025-10-15
help-training-remove--id = The salarié: an id (7K3M9Q) or a name
help-training-remove--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-training-remove--nth = When several records share that date: the first, second… of them
help-training-amend--id = The salarié: an id (7K3M9Q) or a name
help-training-amend--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-training-amend--nth = When several records share that date: the first, second… of them
help-training-amend--set = A field and its new value, e.g. --set end=2025-09-30 (repeatable)
help-training-amend--unset = A field to take out of the record, e.g. --unset topic (repeatable)
help-skill-remove = Take one skill out of the file, chosen by its name
    .examples =
        iae skill remove martin ponctualite
        iae skill remove 7K3M9Q ponctualite --nth 2
help-skill-amend = Change fields of one skill, chosen by its name: --set FIELD=VALUE, --unset FIELD
    .examples =
        iae skill amend martin ponctualite --set level=3
help-skill-remove--id = The salarié: an id (7K3M9Q) or a name
help-skill-remove--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-skill-remove--nth = When several records share that date: the first, second… of them
help-skill-amend--id = The salarié: an id (7K3M9Q) or a name
help-skill-amend--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-skill-amend--nth = When several records share that date: the first, second… of them
help-skill-amend--set = A field and its new value, e.g. --set end=2025-09-30 (repeatable)
help-skill-amend--unset = A field to take out of the record, e.g. --unset topic (repeatable)
help-immersion-remove = Take one immersion out of the file, chosen by its start
    .examples =
        iae immersion remove martin 2025-05-19
        iae immersion remove 7K3M9Q 2025-05-19 --nth 2
help-immersion-amend = Change fields of one immersion, chosen by its start: --set FIELD=VALUE, --unset FIELD
    .examples =
        iae immersion amend martin 2025-05-19 --set end=2025-05-28
help-immersion-remove--id = The salarié: an id (7K3M9Q) or a name
help-immersion-remove--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-immersion-remove--nth = When several records share that date: the first, second… of them
help-immersion-amend--id = The salarié: an id (7K3M9Q) or a name
help-immersion-amend--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-immersion-amend--nth = When several records share that date: the first, second… of them
help-immersion-amend--set = A field and its new value, e.g. --set end=2025-09-30 (repeatable)
help-immersion-amend--unset = A field to take out of the record, e.g. --unset topic (repeatable)
help-followup-remove = Take one follow-up out of the file, chosen by its date
    .examples =
        iae followup remove martin 2026-05-27
        iae followup remove 7K3M9Q 2026-05-27 --nth 2
help-followup-amend = Change fields of one follow-up, chosen by its date: --set FIELD=VALUE, --unset FIELD
    .examples =
        iae followup amend martin 2026-05-27 --set situation=cdi_non_aide
help-followup-remove--id = The salarié: an id (7K3M9Q) or a name
help-followup-remove--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-followup-remove--nth = When several records share that date: the first, second… of them
help-followup-amend--id = The salarié: an id (7K3M9Q) or a name
help-followup-amend--which = Which record: its date (YYYY-MM-DD; the start of a contract, training or immersion), its month for hours (YYYY-MM), its name for a skill
help-followup-amend--nth = When several records share that date: the first, second… of them
help-followup-amend--set = A field and its new value, e.g. --set end=2025-09-30 (repeatable)
help-followup-amend--unset = A field to take out of the record, e.g. --unset topic (repeatable)
help-barrier-action-remove = Take out an action recorded on barrier N by mistake, chosen by its date
    .examples =
        iae barrier action-remove martin 1 2025-03-20
help-barrier-action-remove--id = The salarié: an id (7K3M9Q) or a name
help-barrier-action-remove--number = The barrier's number in the file
help-barrier-action-remove--date = The action's date, YYYY-MM-DD
help-barrier-action-remove--nth = When several actions share that date: the first, second… of them
help-deadlines = Items of `report deadlines` set aside with a reason
    .examples =
        iae deadlines dismiss martin exit_without_bilan --reason "Unreachable"
help-deadlines-dismiss = Set an item of `report deadlines` aside, with the reason (shown by `--all`)
    .examples =
        iae deadlines dismiss martin exit_without_bilan --reason "Unreachable"
        iae deadlines dismiss 7K3M9Q followup_due --date 2026-05-27 --reason "Moved"
help-deadlines-dismiss--id = The salarié: an id (7K3M9Q) or a name
help-deadlines-dismiss--item = The item's kind, as `report deadlines` lists it (exit_without_bilan, followup_due…)
help-deadlines-dismiss--reason = Why it is set aside (stored in the file)
help-deadlines-dismiss--date = The item's date, when the person has several items of that kind
help-exit--barriers = What became of the barriers still open: resolved, abandoned, or keep them open (asked on a terminal; kept open otherwise)
    .resolved = Lifted during the parcours
    .abandoned = Left unsolved
    .keep = Still open (followed after the exit)
help-recruit--derogation = Why the hiring goes ahead although the criteria fall short (stored in the file)
help-report-deadlines--all = Also the items set aside with `iae deadlines dismiss`, with their reason
help-value-barriers = BARRIERS
help-value-change = FIELD=VALUE
help-value-item = ITEM
help-value-n = N
help-value-which = WHICH
help-value-field = FIELD
