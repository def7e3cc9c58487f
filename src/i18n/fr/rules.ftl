# The rules as the platform and the statistics pipeline apply them: PASS suspensions and
# prolongations, waiting period, eligibility, exits, hours. Same ids in en/rules.ftl.

pass-reason-kind = le motif { $reason } est réservé aux { $kinds }, pas aux { $kind }
pass-reason-historical = le motif { $reason } n'est plus proposé par la plateforme : il reste lisible dans les PASS anciens, mais ne peut pas être utilisé pour un nouvel enregistrement
pass-reason-historical-hint = les motifs proposés : { $reasons }
pass-not-in-progress = le PASS n'est pas en cours le { $today } (du { $start } au { $end }) : seul un PASS en cours peut être suspendu
pass-already-suspended = le PASS est déjà suspendu le { $today } (du { $from } au { $to })
suspension-ends-before-start = elle finit le { $to }, avant de commencer le { $from }
suspension-too-long = elle dure plus de { $months } mois (fin au plus tard le { $last })
suspension-in-future = elle commence le { $from }, dans le futur
suspension-backdated = elle commence le { $from }, plus de { $days } jours avant aujourd'hui
suspension-before-hiring = elle commence le { $from }, avant l'embauche du { $start }
suspension-before-finished = elle commence le { $from }, avant le lendemain de la suspension terminée le { $to } (au plus tôt le { $earliest })
suspension-overlaps = elle chevauche la suspension du { $from } au { $to }
suspension-ended-at-hiring = la suspension du { $from } au { $to } prend fin le { $end }, veille de la nouvelle embauche
prolongation-not-after-end = la nouvelle fin { $to } n'est pas après la fin actuelle { $end } : une prolongation dure au moins un jour
prolongation-decision-cap = une décision prolonge d'au plus { $max } jours depuis la fin actuelle (ici { $days } jours) : fin au plus tard le { $last }
prolongation-total-cap = avec le motif { $reason }, toutes les prolongations du PASS, quel que soit leur motif, totalisent au plus { $cap } jours : { $already } déjà, { $days } demandés ; fin au plus tard le { $last }
prolongation-while-suspended = le PASS est suspendu le { $today } (du { $from } au { $to }) : il ne peut pas être prolongé pendant une suspension
prolongation-training-end = pour terminer une formation, le PASS est prolongé au plus jusqu'à la fin de la formation ({ $end })
prolongation-no-training = aucune formation avec une date de fin n'est enregistrée : `iae training add` d'abord
prolongation-ask-window = une prolongation se demande du { $earliest } au { $latest } (12 mois avant à 6 mois après la fin { $end }) ; nous sommes le { $today }
pass-show-prolonged = Prolongé de { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} au total, tous motifs confondus. Ce qu'une prolongation demandée aujourd'hui peut atteindre :
pass-show-cap = { $left } jours restants sur { $cap }
pass-show-no-cap = pas de plafond cumulé
pass-show-latest = fin au plus tard le { $end }
pass-show-latest-blocked = fin au plus tard le { $end }, mais pas aujourd'hui : { $why }
pass-show-nothing-left = plus rien à prolonger
waiting-period = le PASS précédent de cette personne ({ $file }) a pris fin le { $ended } : l'embauche du { $hired } tombe dans le délai de carence de 2 ans (jusqu'au jour anniversaire inclus)
waiting-period-hint = un nouveau parcours pendant la carence demande le diagnostic d'un prescripteur habilité (--diagnosis-by prescriber)
exit-contradiction-hint = corrigez le motif de sortie ou la durée du contrat suivant (`iae edit`)
exit-reason-contradiction = le motif { $reason } ne concorde pas avec le contrat suivant de { $months } mois enregistré (contract_months)
criteria-contradict = les critères { $first } et { $second } se contredisent : la plateforme refuse de les déclarer ensemble
criteria-contradict-hint = gardez celui des deux qui correspond à la situation
exit-reason-kind = le motif { $reason } est propre aux { $kinds }, pas aux { $kind }
exits-reading = Lecture appliquée : { $reading ->
    [pipeline] celle du pipeline statistique de l'État (pilotage de l'inclusion)
   *[circular] celle de la circulaire DGEFP 2008-21 (« sorties de plus de 3 mois »)
} — [exits] counting = "{ $reading }" dans iae.toml.
exits-other-reading-same = La lecture « { $other } » compterait les mêmes sorties.
exits-other-reading = La lecture « { $other } » compterait autrement { $count ->
    [one] cette sortie
   *[other] ces { $count } sorties
} :
annual-hours-recorded = dont heures déclarées (états mensuels)
annual-hours-estimated = dont heures estimées (contrats, mois sans déclaration)
annual-hours-per-etp = Heures d'un ETP ([etp] annual_hours)
hours-source-recorded = déclarées
hours-source-estimated = estimées
hours-list-total = { $total } heures comptées : { $recorded } déclarées, { $estimated } estimées d'après les contrats (un mois déclaré remplace l'estimation de ce mois seulement).
audit-sheet = Contrôle
audit-title = Embauches sur diagnostic de la structure, du { $from } au { $to }
audit-summary = { $hires ->
    [one] { $hires } embauche
   *[other] { $hires } embauches
} sur diagnostic de la structure ; { $gaps ->
    [0] aucun justificatif manquant ou périmé
    [one] { $gaps } justificatif manquant ou périmé
   *[other] { $gaps } justificatifs manquants ou périmés
}.
pass-show-blocked = pas aujourd'hui : { $why }
pass-show-line = { $reason } : { $left } ; { $latest }
criterion-not-certifiable = le critère { $criterion } n'est pas certifié par la plateforme : il lui faut un justificatif
criterion-certifiable-hint = la plateforme certifie : { $criteria } ; pour les autres, --document et --dated
audit-col-diagnosis-on = diagnostic
audit-col-criterion = critère
audit-col-document = justificatif
audit-col-dated = daté du
audit-col-expires-on = valable jusqu'au
audit-status-proved = justifié
audit-status-certified = certifié
audit-status-expired = périmé
audit-status-missing = manquant
