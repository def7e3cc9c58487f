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
