# `iae recruit` on a terminal: the questions after the identity, the verdict, the confirmation.

prompt-asked = { $question }:
prompt-optional = (optional)
wizard-applied-after = the application cannot come after the hiring on { $hired }
wizard-criteria-level = level { $level }:
wizard-ask-criteria = Eligibility criteria (codes separated by spaces or commas)
wizard-unknown-criteria = unknown { $count ->
    [one] criterion
   *[other] criteria
}: { $criteria }; type codes from the list above
wizard-ask-diagnosis-by = Diagnosis made by the structure (employer) or by an authorised prescriber (prescriber)
wizard-ask-diagnosis-by-none = Diagnosis made by an authorised prescriber (prescriber) or by the structure (employer); nothing if not made yet
wizard-answer-diagnosis-by = answer employer (the structure) or prescriber (an authorised prescriber)
wizard-ask-diagnosis-date = Date of the diagnosis (YYYY-MM-DD)
wizard-diagnosis-after = the diagnosis must be dated no later than the hiring, { $hired }
wizard-ask-pass = PASS IAE number (12 digits)
wizard-contract-kinds = The structure's contracts:
wizard-ask-contract = First contract: kind ("none" if not signed yet)
wizard-contract-starts = the contract starts on the hiring date, { $hired }
wizard-ask-contract-end = End of the contract: last day (YYYY-MM-DD) or length (6 months, 26 weeks)
wizard-answer-contract-end = type the last day (YYYY-MM-DD) or a length (6 months, 26 weeks)
wizard-end-before-start = the contract would end on { $end }, before it starts on { $start }
wizard-ask-weekly-hours = Hours a week
wizard-answer-hours = type a number of hours, for example 26 or 24.5
wizard-ask-position = Position held
wizard-no-diagnosis = No eligibility diagnosis yet: the file will say so until one is recorded (`iae eligibility record`).
wizard-criteria-fail = The criteria do not make the person eligible: { $reason } ({ $missing ->
    [0] no level-2 criterion is missing, but criteria contradict each other
    [one] { $missing } level-2 criterion missing
   *[other] { $missing } level-2 criteria missing
}).
wizard-derogation-or-abandon = Record a derogation (d) or abandon (a)?
wizard-answer-derogation = answer d (record a derogation) or a (abandon)
wizard-ask-derogation = Reason for the derogation (kept in the file)
wizard-confirm = Write the file of { $name }?
wizard-abandoned = Recruitment abandoned: nothing was written.

# Records dated after today (W014), at write and in `iae check`.

future-fact = { $record } is dated in the future (today: { $today })
future-planned = { $record } is more than { $months } months after today ({ $today })
future-hint = a typo in the date? correct it with `amend` (for example `iae interview amend ID DATE --set date=…`) or `iae edit`
future-hours = the hours of { $month } are for a month that has not begun (today: { $today })
future-application = the application of { $date }
future-hiring = the hiring of { $date }
future-diagnosis = the eligibility diagnosis of { $date }
future-proof = the proof dated { $date }
future-pass-start = the start of the PASS IAE on { $date }
future-contract = the start of the contract on { $date }
future-interview = the interview of { $date }
future-barrier-noted = the barrier noted on { $date }
future-barrier-action = the action on a barrier of { $date }
future-barrier-ended = the closing of the barrier on { $date }
future-project = the professional project of { $date }
future-skill = the skill assessment of { $date }
future-training = the start of the training on { $date }
future-immersion = the start of the immersion on { $date }
future-followup = the follow-up after the exit of { $date }
future-exit = the exit of { $date }
