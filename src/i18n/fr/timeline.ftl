# The `show` timeline: the header lines and one line per dated event.

timeline-left-on = { $gender ->
    [F] sortie
    [M] sorti
   *[other] sorti·e
} le { $date }
timeline-in-parcours = en parcours (phase { $phase } — { $label })
timeline-born = { $gender ->
    [F] Née
    [M] Né
   *[other] Né·e
} le { $date } ({ $age ->
    [one] { $age } an
   *[other] { $age } ans
}), { $sex }
timeline-pass = PASS IAE { $number } : du { $start } au { $end } (fin actuelle { $current }{ $suspensions }{ $left })
timeline-pass-suspensions = { $count ->
    [one] , { $count } suspension
   *[other] , { $count } suspensions
}
timeline-pass-days-left = { $count ->
    [one] , { $count } jour restant
   *[other] , { $count } jours restants
}
timeline-eligibility-prescriber = Éligibilité : diagnostic du { $date } par un prescripteur habilité — { $criteria }
timeline-eligibility-siae = Éligibilité : diagnostic du { $date } par la SIAE — { $criteria }
timeline-no-criterion = aucun critère
timeline-months = Mois de parcours : { $months }
timeline-interview-overdue = Entretien en retard : attendu au plus tard le { $date }
timeline-interview-next = Prochain entretien : au plus tard le { $date }
timeline-project-line = Projet professionnel : { $target }
timeline-application = Candidature
timeline-application-via = Candidature via { $prescriber }
timeline-diagnosis = Diagnostic d'éligibilité
timeline-hiring = Embauche
timeline-contract = Contrat { $kind }, { $hours } h/semaine
timeline-contract-until = Contrat { $kind } jusqu'au { $end }, { $hours } h/semaine
timeline-suspension = PASS suspendu jusqu'au { $to } ({ $reason })
timeline-interview = { $kind } avec { $by }
timeline-barrier-number = Frein n° { $number }
timeline-barrier-noted = Frein n° { $number } repéré : { $label } — { $detail }
timeline-barrier-abandoned = Frein n° { $number } abandonné
timeline-barrier-lifted = Frein n° { $number } levé
timeline-project = Projet : { $target }
timeline-project-replaced = Projet : { $target } (remplacé le { $date })
timeline-skill = Compétence ({ $kind }) : { $name } — niveau { $level }/4
timeline-skill-by = Compétence ({ $kind }) : { $name } — niveau { $level }/4, évaluée par { $by }
timeline-training = Formation : { $title } ({ $organism })
timeline-training-qualifying = , qualifiante
timeline-training-until = , jusqu'au { $end }
timeline-training-certification = — certification : { $certification }
timeline-immersion = Immersion (PMSMP) chez { $employer } : { $job }, jusqu'au { $end }
timeline-followup = Suivi après la sortie : { $situation }
timeline-exit = Sortie : { $reason }
timeline-exit-employer = Employeur : { $value }
timeline-exit-job = Poste : { $value }
timeline-exit-acquired = Acquis : { $value }
timeline-exit-options = Pistes : { $value }
timeline-exit-next-steps = Suites : { $value }
timeline-exit-partners = Partenaires : { $value }
