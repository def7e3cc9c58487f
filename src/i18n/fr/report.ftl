# Messages of the reports and of their tables.

report-output-unknown = --output { $path } : extension inconnue
report-output-no-page = --output { $path } : la page HTML est faite pour le bilan annuel (`iae report annual`)
report-output-kinds = écrivez un fichier .json, .yaml, .csv, .md, .txt ou .xlsx (et .html pour le bilan annuel)
report-wrote = { $path } écrit.
cell-yes = oui
cell-no = non
report-overdue = { $count ->
    [one] ! { $count } échéance en retard
   *[other] ! { $count } échéances en retard
}
report-excluded = Sorties non comptabilisées
report-rates = Taux et objectifs
report-dynamic_rate = Taux de sorties dynamiques
report-durable_rate = Taux d'emploi durable
report-exits = Sorties dans la période
report-excluded_retrait = Non comptées : retrait
report-excluded_too_short = Non comptées : trop courtes

## The HTML page
report-page-lang = fr

## Refusals of the reports
report-unreadable = { $count ->
    [one] { $count } fichier ne peut pas être lu
   *[other] { $count } fichiers ne peuvent pas être lus
}, à commencer par { $file } : { $problem } — le rapport serait faux
report-unreadable-hint = corrigez-les (`iae check` liste chaque problème), puis relancez le rapport
report-unknown-reasons = { $count ->
    [one] motif de sortie inconnu, le rapport ne peut pas le classer : { $list }
   *[other] motifs de sortie inconnus, le rapport ne peut pas les classer : { $list }
}
report-unknown-reasons-hint = corrigez le motif, ou ajoutez-le avec sa catégorie dans iae.toml sous [exit_reasons.<code>]
report-not-a-year = --year { $year } : ce n'est pas une année
report-from-after-to = --from { $from } est après --to { $to }
report-give-period = indiquez --year A, ou --from JJ/MM/AAAA --to JJ/MM/AAAA

## Column titles (the CSV keeps its keys)
report-col-id = id
report-col-name = nom
report-col-category = catégorie
report-col-label = libellé
report-col-exits = sorties
report-col-share = part
report-col-figure = indicateur
report-col-value = valeur
report-col-target = objectif
report-col-met = atteint
report-col-hired-on = embauche
report-col-exit-date = sortie
report-col-reason = motif
report-col-counted = comptée
report-col-why = pourquoi
report-col-hours = heures
report-col-reading = lecture « { $reading } »
report-col-phase = phase
report-col-months = mois
report-col-contract-end = fin du contrat
report-col-pass-end = fin du PASS
report-col-last-interview = dernier entretien
report-col-open-barriers = freins ouverts
report-col-asp-line = ligne ASP
report-col-concerned = concernés
report-col-internal-only = en interne seulement
report-col-external-only = en externe seulement
report-col-both = les deux
report-col-resolved = levés
report-col-abandoned = abandonnés
report-col-open-at-end = ouverts en fin d'année
report-col-median-days = jours (médiane)
report-col-date = date
report-col-overdue = en retard
report-col-what = quoi
report-col-detail = détail
report-col-kind = type
report-col-held = tenus
report-col-by = par
report-col-days = jours
report-col-from = du
report-col-to = au
report-col-characteristic = caractéristique
report-col-entries = entrées
report-col-number = n°
report-col-status = statut
report-col-since = depuis
report-col-flag = signalement
report-col-last-action = dernière action

## Exits
report-exits-sheet = Sorties
report-exits-title = Sorties { $period } — { $structure } ({ $kind })
report-exits-title-plain = Sorties { $period }
report-period = du { $from } au { $to }
report-counted-exits = Sorties comptabilisées
report-rates-sheet = Taux
report-other-reading-sheet = Autre lecture
report-detail-sheet = Détail
report-detail-title = Détail des sorties
report-excluded-sheet = Non comptées
report-method = Méthode : { $method }
report-why-retrait = retrait
report-why-too_short = trop courte
report-exits-method = { $reading } Sorties datées dans la période, bornes comprises. Les sorties en retrait sont listées mais jamais comptées (vérifié en premier) ; pour les { $kind }, { $rule }. Dynamiques = emploi durable + emploi de transition + sortie positive parmi les sorties comptabilisées ; les taux sont rapportés aux sorties comptabilisées (aucun quand rien n'est compté).
report-exits-reading-pipeline = lecture du pipeline statistique de l'État (pilotage de l'inclusion), [exits] counting = "pipeline" dans iae.toml.
report-exits-reading-circular = lecture de la circulaire DGEFP 2008-21 (« sorties de plus de 3 mois »), [exits] counting = "circular" dans iae.toml.
report-exits-rule-pipeline-days = une sortie compte quand (date de sortie − date d'embauche) en jours × 0,0328767 > 2,65, soit au moins 81 jours, et qu'au moins 1 heure a été travaillée dans l'année de la sortie (heures déclarées, sinon les contrats)
report-exits-rule-circular-days = une sortie compte quand la date de sortie tombe au plus tôt à la date d'embauche + 3 mois civils
report-exits-rule-pipeline-hours = une sortie compte quand les heures déclarées sur une même année civile atteignent 150 (les heures de deux années ne s'additionnent pas)
report-exits-rule-circular-hours = une sortie compte quand les heures déclarées sur tout le parcours totalisent au moins 150
report-exits-rule-all = toute sortie compte (pas de minimum pour les EITI)

## Active
report-active-sheet = En parcours
report-active-title = En parcours le { $on } : { $count }

## Barriers
report-barriers-sheet = Freins
report-barriers-title = Freins périphériques { $year } — { $concerned }
report-barriers-method = Un·e salarié·e est concerné·e par une catégorie quand l'un de ses freins était ouvert à un moment de l'année (repéré au plus tard le 31 décembre, non clos avant le 1er janvier). L'accompagnement vient des actions datées dans l'année : en interne seulement, en externe seulement, ou les deux (une action marquée « les deux », ou des actions de chaque sorte) ; un·e salarié·e sans action dans l'année est concerné·e mais dans aucune des trois colonnes. Levés et abandonnés comptent les freins clos dans l'année ; ouverts en fin d'année, ceux encore ouverts au 31 décembre ; la médiane porte sur les freins levés dans l'année.
report-barrier-since = { $date } ({ $days } j)

## Deadlines
report-deadlines-sheet = Échéances
report-deadlines-title = Échéances au { $today } (+{ $within } { $within ->
    [one] jour
   *[other] jours
})
report-detail-retention = conservé { $years } ans après la sortie : `iae purge`
report-detail-contract-end = fin du contrat { $kind }
report-detail-pass-end = fin du PASS
report-detail-pass-end-prolong = fin du PASS ; une prolongation peut être demandée depuis le { $window }
report-detail-interview = entretien à tenir (un tous les { $days } jours)
report-detail-hours-cap = { $hours } des { $cap } heures en entreprise utilisées
report-detail-barrier = frein n°{ $number } ({ $category }) sans action depuis { $days } jours
report-detail-diagnosis = le diagnostic d'éligibilité expire avant l'embauche du { $hired }
report-detail-proof = le justificatif de { $criterion } expire avant l'embauche du { $hired }
report-detail-no-bilan = sortie sans bilan final
report-detail-followup = suivi à { $months } mois

## Interviews
report-interviews-by-kind-sheet = Par type
report-interviews-title = Entretiens { $year } : { $held ->
    [one] { $held } tenu
   *[other] { $held } tenus
}, { $missed ->
    [one] { $missed } manqué
   *[other] { $missed } manqués
}
report-interviews-by-counsellor-sheet = Par conseiller
report-interviews-by-counsellor = Par conseiller·e
report-interviews-gaps-sheet = Sans entretien
report-interviews-gaps = Plus de { $days } jours sans entretien

## Annual
report-annual-sheet = Synthèse
report-annual-page = Bilan { $year } — { $structure }
report-annual-title = Bilan { $year } — { $structure } ({ $kind })
report-annual-exit-bars = Sorties comptabilisées par catégorie
report-annual-barrier-bars = Salariés concernés par catégorie
report-annual-entries = Entrées
report-annual-present = Salariés présents
report-annual-exits = Sorties
report-annual-interviews = Entretiens tenus
report-annual-interviews-per-salarie = Entretiens par salarié
report-annual-hours-worked = Heures travaillées
report-annual-etp-achieved = ETP réalisés
report-annual-etp-funded = ETP conventionnés
report-annual-public-sheet = Public
report-annual-public = Public accueilli (entrées de l'année)
report-annual-women = Femmes
report-annual-men = Hommes
report-annual-under-26 = Moins de 26 ans
report-annual-26-49 = 26 à 49 ans
report-annual-50 = 50 ans et plus
report-annual-qpv = Résidents QPV
report-annual-rqth = RQTH
report-annual-level-3 = Niveau 3 (CAP, BEP) ou infra
report-annual-deld = DELD (12 à 24 mois)
report-annual-detld = DETLD (24 mois et plus)
report-annual-method = Entrées : embauché·es en { $year }. Présent·es : embauché·es au plus tard le 31 décembre et non sorti·es avant le 1er janvier. Les caractéristiques sont celles des entrées, à l'entrée (âge à la date d'embauche ; critères du diagnostic). Entretiens : tenus, datés dans l'année. ETP réalisés = heures travaillées dans l'année ÷ { $hours } ([etp] annual_hours), mois par mois : un mois avec des heures déclarées les compte, un mois sans compte les heures hebdomadaires des contrats sur ses jours (un mois déclaré remplace l'estimation pour ce mois seulement).

## The list of salariés
report-list-status-active = en parcours
report-list-status-exited = sorti·e
