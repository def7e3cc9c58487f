# The rules as the platform and the statistics pipeline apply them: PASS suspensions and
# prolongations, waiting period, eligibility, exits, hours. Same ids in fr/rules.ftl.

pass-reason-kind = the reason { $reason } is for { $kinds } only, not { $kind }
pass-reason-historical = the reason { $reason } is no longer offered by the platform: it still reads in older PASS, but cannot be used for a new record
pass-reason-historical-hint = the reasons offered: { $reasons }
pass-not-in-progress = the PASS is not in progress on { $today } ({ $start } to { $end }): only a PASS in progress can be suspended
pass-already-suspended = the PASS is already suspended on { $today } ({ $from } to { $to })
suspension-ends-before-start = it ends on { $to }, before it starts on { $from }
suspension-too-long = it lasts more than { $months } months (last end { $last })
suspension-in-future = it starts on { $from }, in the future
suspension-backdated = it starts on { $from }, more than { $days } days before today
suspension-before-hiring = it starts on { $from }, before the hiring on { $start }
suspension-before-finished = it starts on { $from }, before the day after the suspension that ended on { $to } (earliest { $earliest })
suspension-overlaps = it overlaps the suspension from { $from } to { $to }
suspension-ended-at-hiring = the suspension from { $from } to { $to } now ends on { $end }, the day before the new hiring
prolongation-not-after-end = the new end { $to } is not after the current end { $end }: a prolongation lasts at least one day
prolongation-decision-cap = one decision prolongs by at most { $max } days from the current end (here { $days } days): latest end { $last }
prolongation-total-cap = with the reason { $reason }, all the PASS's prolongations, whatever their reason, total at most { $cap } days: { $already } already, { $days } asked; latest end { $last }
prolongation-while-suspended = the PASS is suspended on { $today } ({ $from } to { $to }): it cannot be prolonged during a suspension
prolongation-training-end = to complete a training, the PASS is prolonged until the training ends ({ $end }) at most
prolongation-no-training = no training with an end date is recorded: `iae training add` first
prolongation-ask-window = a prolongation is asked from { $earliest } to { $latest } (12 months before to 6 months after the end { $end }); today is { $today }
pass-show-prolonged = Prolonged by { $days ->
    [one] { $days } day
   *[other] { $days } days
} in all, every reason together. What a prolongation asked today may reach:
pass-show-cap = { $left } days left of { $cap }
pass-show-no-cap = no cumulative cap
pass-show-latest = latest end { $end }
pass-show-latest-blocked = latest end { $end }, but not today: { $why }
pass-show-nothing-left = nothing left to prolong
waiting-period = this person's previous PASS ({ $file }) ended on { $ended }: the hiring on { $hired } falls within the 2-year waiting period (the anniversary day included)
waiting-period-hint = a new parcours during the waiting period needs an authorised prescriber's diagnosis (--diagnosis-by prescriber)
exit-contradiction-hint = correct the exit reason or the next contract's length (`iae edit`)
exit-reason-contradiction = the reason { $reason } does not agree with the recorded next contract of { $months } months (contract_months)
criteria-contradict = the criteria { $first } and { $second } contradict each other: the platform refuses them together
criteria-contradict-hint = keep the one of the two that matches the situation
exit-reason-kind = the reason { $reason } belongs to { $kinds }, not { $kind }
exits-reading = Reading applied: { $reading ->
    [pipeline] the state's statistics pipeline (pilotage de l'inclusion)
   *[circular] the circulaire DGEFP 2008-21 ("exits after more than 3 months")
} — [exits] counting = "{ $reading }" in iae.toml.
exits-other-reading-same = The "{ $other }" reading would count the same exits.
exits-other-reading = The "{ $other }" reading would count { $count ->
    [one] this exit
   *[other] these { $count } exits
} differently:
annual-hours-recorded = of which hours recorded (monthly statements)
annual-hours-estimated = of which hours estimated (contracts, months with nothing recorded)
annual-hours-per-etp = Hours of one ETP ([etp] annual_hours)
hours-source-recorded = recorded
hours-source-estimated = estimated
hours-list-total = { $total } hours counted: { $recorded } recorded, { $estimated } estimated from the contracts (a recorded month replaces the estimate for that month only).
audit-sheet = Control
audit-title = Hires on the structure's own diagnosis, { $from } to { $to }
audit-summary = { $hires ->
    [one] { $hires } hire
   *[other] { $hires } hires
} on the structure's own diagnosis; { $gaps ->
    [0] no proof missing or expired
    [one] { $gaps } proof missing or expired
   *[other] { $gaps } proofs missing or expired
}.
pass-show-blocked = not today: { $why }
pass-show-line = { $reason }: { $left }; { $latest }
criterion-not-certifiable = the criterion { $criterion } is not certified by the platform: it needs a proof document
criterion-certifiable-hint = the platform certifies: { $criteria }; for the others, --document and --dated
audit-col-diagnosis-on = diagnosis
audit-col-criterion = criterion
audit-col-document = document
audit-col-dated = dated
audit-col-expires-on = valid until
audit-status-proved = proved
audit-status-certified = certified
audit-status-expired = expired
audit-status-missing = missing
