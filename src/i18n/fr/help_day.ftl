# L'aide des commandes de correction (remove, amend, action-remove), des échéances écartées,
# des freins à la sortie et de la dérogation au recrutement.

help-interview-remove = Retirer un entretien du dossier, désigné par sa date
    .examples =
        iae interview remove martin 2025-04-01
        iae interview remove 7K3M9Q 2025-04-01 --nth 2
help-interview-amend = Changer des champs d'un entretien, désigné par sa date : --set CHAMP=VALEUR, --unset CHAMP
    .examples =
        iae interview amend martin 2025-04-01 --set notes="RAS"
help-interview-remove--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-interview-remove--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-interview-remove--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-interview-amend--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-interview-amend--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-interview-amend--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-interview-amend--set = Un champ et sa nouvelle valeur, par exemple --set end=2025-09-30 (répétable)
help-interview-amend--unset = Un champ à retirer, par exemple --unset topic (répétable)
help-hours-remove = Retirer une ligne d'heures du dossier, désignée par son mois
    .examples =
        iae hours remove martin 2025-03
        iae hours remove 7K3M9Q 2025-03 --nth 2
help-hours-amend = Changer des champs d'une ligne d'heures, désignée par son mois : --set CHAMP=VALEUR, --unset CHAMP
    .examples =
        iae hours amend martin 2025-03 --set hours=35
help-hours-remove--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-hours-remove--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-hours-remove--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-hours-amend--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-hours-amend--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-hours-amend--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-hours-amend--set = Un champ et sa nouvelle valeur, par exemple --set end=2025-09-30 (répétable)
help-hours-amend--unset = Un champ à retirer, par exemple --unset topic (répétable)
help-contract-remove = Retirer un contrat du dossier, désigné par son début
    .examples =
        iae contract remove martin 2025-03-03
        iae contract remove 7K3M9Q 2025-03-03 --nth 2
help-contract-amend = Changer des champs d'un contrat, désigné par son début : --set CHAMP=VALEUR, --unset CHAMP
    .examples =
        iae contract amend martin 2025-03-03 --set weekly_hours=24
help-contract-remove--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-contract-remove--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-contract-remove--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-contract-amend--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-contract-amend--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-contract-amend--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-contract-amend--set = Un champ et sa nouvelle valeur, par exemple --set end=2025-09-30 (répétable)
help-contract-amend--unset = Un champ à retirer, par exemple --unset topic (répétable)
help-training-remove = Retirer une formation du dossier, désignée par son début
    .examples =
        iae training remove martin 2025-10-13
        iae training remove 7K3M9Q 2025-10-13 --nth 2
help-training-amend = Changer des champs d'une formation, désignée par son début : --set CHAMP=VALEUR, --unset CHAMP
    .examples =
        iae training amend martin 2025-10-13 --set end=2025-10-15
help-training-remove--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-training-remove--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-training-remove--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-training-amend--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-training-amend--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-training-amend--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-training-amend--set = Un champ et sa nouvelle valeur, par exemple --set end=2025-09-30 (répétable)
help-training-amend--unset = Un champ à retirer, par exemple --unset topic (répétable)
help-skill-remove = Retirer une compétence du dossier, désignée par son nom
    .examples =
        iae skill remove martin ponctualite
        iae skill remove 7K3M9Q ponctualite --nth 2
help-skill-amend = Changer des champs d'une compétence, désignée par son nom : --set CHAMP=VALEUR, --unset CHAMP
    .examples =
        iae skill amend martin ponctualite --set level=3
help-skill-remove--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-skill-remove--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-skill-remove--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-skill-amend--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-skill-amend--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-skill-amend--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-skill-amend--set = Un champ et sa nouvelle valeur, par exemple --set end=2025-09-30 (répétable)
help-skill-amend--unset = Un champ à retirer, par exemple --unset topic (répétable)
help-immersion-remove = Retirer une immersion du dossier, désignée par son début
    .examples =
        iae immersion remove martin 2025-05-19
        iae immersion remove 7K3M9Q 2025-05-19 --nth 2
help-immersion-amend = Changer des champs d'une immersion, désignée par son début : --set CHAMP=VALEUR, --unset CHAMP
    .examples =
        iae immersion amend martin 2025-05-19 --set end=2025-05-28
help-immersion-remove--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-immersion-remove--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-immersion-remove--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-immersion-amend--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-immersion-amend--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-immersion-amend--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-immersion-amend--set = Un champ et sa nouvelle valeur, par exemple --set end=2025-09-30 (répétable)
help-immersion-amend--unset = Un champ à retirer, par exemple --unset topic (répétable)
help-followup-remove = Retirer un suivi du dossier, désigné par sa date
    .examples =
        iae followup remove martin 2026-05-27
        iae followup remove 7K3M9Q 2026-05-27 --nth 2
help-followup-amend = Changer des champs d'un suivi, désigné par sa date : --set CHAMP=VALEUR, --unset CHAMP
    .examples =
        iae followup amend martin 2026-05-27 --set situation=cdi_non_aide
help-followup-remove--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-followup-remove--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-followup-remove--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-followup-amend--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-followup-amend--which = Lequel : sa date (AAAA-MM-JJ ; le début d'un contrat, d'une formation, d'une immersion), son mois pour les heures (AAAA-MM), son nom pour une compétence
help-followup-amend--nth = Quand plusieurs partagent cette date : le premier, le deuxième…
help-followup-amend--set = Un champ et sa nouvelle valeur, par exemple --set end=2025-09-30 (répétable)
help-followup-amend--unset = Un champ à retirer, par exemple --unset topic (répétable)
help-barrier-action-remove = Retirer une action enregistrée par erreur sur le frein N, désignée par sa date
    .examples =
        iae barrier action-remove martin 1 2025-03-20
help-barrier-action-remove--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-barrier-action-remove--number = Le numéro du frein dans le dossier
help-barrier-action-remove--date = La date de l'action, AAAA-MM-JJ
help-barrier-action-remove--nth = Quand plusieurs actions partagent cette date : la première, la deuxième…
help-deadlines = Les échéances de `report deadlines` écartées avec un motif
    .examples =
        iae deadlines dismiss martin exit_without_bilan --reason "Injoignable"
help-deadlines-dismiss = Écarter une échéance de `report deadlines`, avec le motif (montré par --all)
    .examples =
        iae deadlines dismiss martin exit_without_bilan --reason "Injoignable"
        iae deadlines dismiss 7K3M9Q followup_due --date 2026-05-27 --reason "Parti"
help-deadlines-dismiss--id = Le salarié : un identifiant (7K3M9Q) ou un nom
help-deadlines-dismiss--item = Le type d'échéance, tel que `report deadlines` le liste : son code (exit_without_bilan, followup_due…) ou ses mots (« sortie sans bilan »)
help-deadlines-dismiss--reason = Pourquoi elle est écartée (gardé dans le dossier)
help-deadlines-dismiss--date = La date de l'échéance, quand la personne en a plusieurs de ce type
help-exit--barriers = Ce que sont devenus les freins encore ouverts : levés, abandonnés ou gardés ouverts (demandé sur un terminal ; gardés sinon)
    .resolved = Levés pendant le parcours
    .abandoned = Restés sans solution
    .keep = Toujours ouverts (suivis après la sortie)
help-recruit--derogation = Pourquoi l'embauche a lieu bien que les critères ne suffisent pas (gardé dans le dossier)
help-report-deadlines--all = Aussi les échéances écartées avec `iae deadlines dismiss`, avec leur motif
help-value-barriers = FREINS
help-value-change = CHAMP=VALEUR
help-value-item = ÉCHÉANCE
help-value-n = N
help-value-which = LEQUEL
help-value-field = CHAMP
