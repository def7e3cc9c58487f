# The `show` timeline: the header lines and one line per dated event.

timeline-left-on = left on { $date }
timeline-in-parcours = in parcours (phase { $phase } — { $label })
timeline-born = Born on { $date } ({ $age } years old), { $sex }
timeline-pass = PASS IAE { $number }: from { $start } to { $end } (current end { $current }{ $suspensions }{ $left })
timeline-pass-suspensions = { $count ->
    [one] , { $count } suspension
   *[other] , { $count } suspensions
}
timeline-pass-days-left = { $count ->
    [one] , { $count } day left
   *[other] , { $count } days left
}
timeline-eligibility-prescriber = Eligibility: diagnosis of { $date } by an authorised prescriber — { $criteria }
timeline-eligibility-siae = Eligibility: diagnosis of { $date } by the SIAE — { $criteria }
timeline-no-criterion = no criterion
timeline-months = Months in parcours: { $months }
timeline-interview-overdue = Interview overdue: due by { $date }
timeline-interview-next = Next interview: by { $date }
timeline-project-line = Professional project: { $target }
timeline-application = Application
timeline-application-via = Application via { $prescriber }
timeline-diagnosis = Eligibility diagnosis
timeline-hiring = Hiring
timeline-contract = Contract { $kind }, { $hours } h/week
timeline-contract-until = Contract { $kind } until { $end }, { $hours } h/week
timeline-suspension = PASS suspended until { $to } ({ $reason })
timeline-interview = { $kind } with { $by }
timeline-barrier-number = Barrier no. { $number }
timeline-barrier-noted = Barrier no. { $number } noted: { $label } — { $detail }
timeline-barrier-abandoned = Barrier no. { $number } abandoned
timeline-barrier-lifted = Barrier no. { $number } lifted
timeline-project = Project: { $target }
timeline-project-replaced = Project: { $target } (replaced on { $date })
timeline-skill = Skill ({ $kind }): { $name } — level { $level }/4
timeline-skill-by = Skill ({ $kind }): { $name } — level { $level }/4, assessed by { $by }
timeline-training = Training: { $title } ({ $organism })
timeline-training-qualifying = , qualifying
timeline-training-until = , until { $end }
timeline-training-certification = — certification: { $certification }
timeline-immersion = Immersion (PMSMP) at { $employer }: { $job }, until { $end }
timeline-followup = After-exit follow-up: { $situation }
timeline-exit = Exit: { $reason }
timeline-exit-employer = Employer: { $value }
timeline-exit-job = Job: { $value }
timeline-exit-acquired = Acquired: { $value }
timeline-exit-options = Options: { $value }
timeline-exit-next-steps = Next steps: { $value }
timeline-exit-partners = Partners: { $value }
