# Messages of the reports and of their tables.

report-output-unknown = --output { $path }: unknown extension
report-output-no-page = --output { $path }: the HTML page is made for the annual report (`iae report annual`)
report-output-kinds = write a .json, .yaml, .csv, .md, .txt or .xlsx file (and .html for the annual report)
report-wrote = Wrote { $path }.
cell-yes = yes
cell-no = no
report-overdue = { $count ->
    [one] ! { $count } deadline overdue
   *[other] ! { $count } deadlines overdue
}
report-excluded = Exits not counted
report-rates = Rates and targets
report-dynamic_rate = Dynamic exit rate
report-durable_rate = Durable employment rate
report-exits = Exits in the period
report-excluded_retrait = Not counted: retrait
report-excluded_too_short = Not counted: too short

## The HTML page
report-page-lang = en

## Refusals of the reports
report-unreadable = { $count ->
    [one] { $count } file cannot be read
   *[other] { $count } files cannot be read
}, starting with { $file }: { $problem } — the report would be wrong
report-unreadable-hint = fix them (`iae check` lists every problem), then run the report again
report-unknown-reasons = { $count ->
    [one] unknown exit reason, the report cannot place it: { $list }
   *[other] unknown exit reasons, the report cannot place them: { $list }
}
report-unknown-reasons-hint = correct the reason, or add it with its category in iae.toml under [exit_reasons.<code>]
report-not-a-year = --year { $year }: not a year
report-from-after-to = --from { $from } is after --to { $to }
report-give-period = give --year Y, or --from D --to D

## Column titles (the CSV keeps its keys)
report-col-id = id
report-col-name = name
report-col-category = category
report-col-label = label
report-col-exits = exits
report-col-share = share
report-col-figure = figure
report-col-value = value
report-col-target = target
report-col-met = met
report-col-hired-on = hired on
report-col-exit-date = exit date
report-col-reason = reason
report-col-counted = counted
report-col-why = why
report-col-hours = hours
report-col-reading = { $reading } reading
report-col-phase = phase
report-col-months = months
report-col-contract-end = contract end
report-col-pass-end = PASS end
report-col-last-interview = last interview
report-col-open-barriers = open barriers
report-col-asp-line = ASP line
report-col-concerned = concerned
report-col-internal-only = internal only
report-col-external-only = external only
report-col-both = both
report-col-resolved = resolved
report-col-abandoned = abandoned
report-col-open-at-end = open at end
report-col-median-days = median days
report-col-date = date
report-col-overdue = overdue
report-col-what = what
report-col-detail = detail
report-col-kind = kind
report-col-held = held
report-col-by = by
report-col-days = days
report-col-from = from
report-col-to = to
report-col-characteristic = characteristic
report-col-entries = entries
report-col-number = n°
report-col-status = status
report-col-since = since
report-col-flag = flag
report-col-last-action = last action

## Exits
report-exits-sheet = Exits
report-exits-title = Exits { $period } — { $structure } ({ $kind })
report-exits-title-plain = Exits { $period }
report-period = { $from } → { $to }
report-counted-exits = Counted exits
report-rates-sheet = Rates
report-other-reading-sheet = Other reading
report-detail-sheet = Detail
report-detail-title = Every exit
report-excluded-sheet = Not counted
report-method = Method: { $method }
report-why-retrait = retrait
report-why-too_short = too short
report-exits-method = { $reading } Exits dated in the period, both ends included. Retrait exits are listed but never counted (checked first); for { $kind }, { $rule }. Dynamic = durable employment + transitional employment + positive exit among counted exits; rates are divided by counted exits (none when nothing is counted).
report-exits-reading-pipeline = read as the state's statistics pipeline (pilotage de l'inclusion) reads them, [exits] counting = "pipeline" in iae.toml.
report-exits-reading-circular = read as the circulaire DGEFP 2008-21 ("sorties de plus de 3 mois"), [exits] counting = "circular" in iae.toml.
report-exits-rule-pipeline-days = an exit counts when (exit date − hiring date) in days × 0.0328767 > 2.65, i.e. at least 81 days, and at least 1 hour was worked in the exit's year (recorded hours, else the contracts)
report-exits-rule-circular-days = an exit counts when the exit date is on or after the hiring date + 3 calendar months
report-exits-rule-pipeline-hours = an exit counts when the hours recorded within one calendar year reach 150 (hours of two years are not added)
report-exits-rule-circular-hours = an exit counts when the hours recorded over the whole parcours total at least 150
report-exits-rule-all = every exit counts (no minimum for EITI)

## Active
report-active-sheet = In parcours
report-active-title = In parcours on { $on }: { $count }

## Barriers
report-barriers-sheet = Barriers
report-barriers-title = Barriers { $year } — { $concerned }
report-barriers-method = A person is concerned by a category when one of its barriers was open at some time in the year (noted on or before 31 December, not ended before 1 January). Support comes from the actions dated in the year: only internal, only external, or both (an action marked both, or actions of each kind); a person without action in the year is concerned but in none of the three. Resolved and abandoned count the barriers that ended in the year; open at end, those still open on 31 December; the median is over the barriers resolved in the year.
report-barrier-since = { $date } ({ $days } d)

## Deadlines
report-deadlines-sheet = Deadlines
report-deadlines-title = Deadlines on { $today } (+{ $within } { $within ->
    [one] day
   *[other] days
})
report-detail-retention = kept { $years } y after the exit: `iae purge`
report-detail-contract-end = { $kind } contract ends
report-detail-pass-end = PASS ends
report-detail-pass-end-prolong = PASS ends; a prolongation can be asked since { $window }
report-detail-interview = interview due (one every { $days } days)
report-detail-hours-cap = { $hours } of the { $cap } hours with companies used
report-detail-barrier = barrier n°{ $number } ({ $category }) without action for { $days } days
report-detail-diagnosis = the diagnosis expires before the hiring on { $hired }
report-detail-proof = the proof of { $criterion } expires before the hiring on { $hired }
report-detail-no-bilan = exit without a bilan final
report-detail-followup = follow-up at { $months } months

## Interviews
report-interviews-by-kind-sheet = By kind
report-interviews-title = Interviews { $year }: { $held } held, { $missed } missed
report-interviews-by-counsellor-sheet = By counsellor
report-interviews-by-counsellor = By counsellor
report-interviews-gaps-sheet = Beyond cadence
report-interviews-gaps = More than { $days } days without an interview

## Annual
report-annual-sheet = Summary
report-annual-page = Annual report { $year } — { $structure }
report-annual-title = Annual report { $year } — { $structure } ({ $kind })
report-annual-exit-bars = Counted exits by category
report-annual-barrier-bars = People concerned by category
report-annual-entries = Entries
report-annual-present = People present
report-annual-exits = Exits
report-annual-interviews = Interviews held
report-annual-interviews-per-salarie = Interviews per person
report-annual-hours-worked = Hours worked
report-annual-etp-achieved = ETP achieved
report-annual-etp-funded = ETP funded
report-annual-public-sheet = Public
report-annual-public = Public (entries of the year)
report-annual-women = Women
report-annual-men = Men
report-annual-under-26 = Under 26
report-annual-26-49 = 26 to 49
report-annual-50 = 50 and over
report-annual-qpv = QPV residents
report-annual-rqth = RQTH
report-annual-level-3 = Education level 3 or below
report-annual-deld = Long-term jobseekers (12–24 months)
report-annual-detld = Very long-term jobseekers (24 months+)
report-annual-method = Entries: hired in { $year }. Present: hired on or before 31 December and not left before 1 January. Characteristics are those of the entries, at entry (age on the hiring date; criteria of the diagnosis). Interviews: attended, dated in the year. ETP achieved = hours worked in the year ÷ { $hours } ([etp] annual_hours), month by month: a month with recorded hours counts them, a month without counts the contracts' weekly hours over its days (a recorded month replaces the estimate for that month only).

## The list of salariés
report-list-status-active = active
report-list-status-exited = exited
