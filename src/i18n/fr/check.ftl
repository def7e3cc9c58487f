# The findings of `iae check` on one case file, the comments of the iae.toml that `iae init`
# writes, and the rules' findings. Same ids in en/check.ftl.

## Codes and values
check-unknown-code = « { $value } » n'est pas { $what }
check-write-one-of = écrivez l'une de ces valeurs : { $codes }
check-what-sex = un sexe connu
check-what-prescriber = un prescripteur connu
check-what-diagnosis-by = un auteur de diagnostic connu
check-what-criterion = un critère connu
check-what-suspension-reason = un motif de suspension connu
check-what-prolongation-reason = un motif de prolongation connu
check-what-contract-kind = un type de contrat connu
check-what-interview-kind = un type d'entretien connu
check-what-medium = un mode d'entretien connu
check-what-attendance = une présence connue
check-what-barrier-category = une catégorie de frein connue
check-what-barrier-status = un statut de frein connu
check-what-support = un accompagnement connu
check-what-exit-reason = un motif de sortie connu
check-what-skill-kind = un type de compétence connu
check-what-client-kind = un type de client connu
check-what-situation = une situation connue (code de motif de sortie)

## Identity
check-schema-unknown = le schéma { $schema } est inconnu (cette version d'iae lit le schéma 1)
check-schema-unknown-hint = écrivez schema = 1, ou mettez iae à jour
check-id-mismatch = l'identifiant « { $id } » ne correspond pas au nom du fichier { $file }.toml
check-id-mismatch-hint = écrivez id = "{ $file }", ou renommez le fichier
check-id-invalid = l'identifiant « { $id } » n'est pas fait de 6 caractères en base32 de Crockford
check-name-empty = est vide
check-name-empty-hint = écrivez le nom
check-postcode-invalid = « { $postcode } » n'est pas un code postal français
check-postcode-invalid-hint = écrivez 5 chiffres, par exemple « 92220 »
check-age-impossible = né·e le { $born }, la personne aurait { $age } ans à l'embauche du { $hired } : impossible
check-age-impossible-hint = vérifiez la date de naissance : l'âge à l'embauche est compris entre { $min } et { $max } ans
check-applied-after-hiring = candidature le { $applied }, après l'embauche du { $hired }
check-applied-after-hiring-hint = la candidature précède l'embauche : vérifiez les deux dates

## Eligibility
check-certified-without-date = un critère certifié sans certified_on
check-certified-without-date-hint = écrivez certified_on = AAAA-MM-JJ, le jour où la plateforme l'a certifié
check-proof-without-date = un justificatif sans sa date
check-proof-without-date-hint = écrivez dated = AAAA-MM-JJ (la date du justificatif), ou certified = true avec certified_on = AAAA-MM-JJ

## PASS IAE
check-pass-number-invalid = « { $number } » n'est pas un numéro de PASS IAE
check-pass-number-invalid-hint = écrivez les 12 chiffres sans espace, par exemple « 999992512345 »
check-pass-ends-before-start = finit le { $end }, avant de commencer le { $start }
check-suspension-ends-before-start = la suspension finit le { $end }, avant de commencer le { $start }
check-prolonged-not-after-end = prolongé jusqu'au { $to }, pas après la fin initiale du { $end }

## Parcours
check-contract-ends-before-start = le contrat finit le { $end }, avant de commencer le { $start }
check-contract-before-hiring = le contrat commence le { $start }, avant l'embauche du { $hired }
check-contract-before-hiring-hint = le premier contrat commence à recruitment.hired_on
check-weekly-hours-impossible = { $hours } heures par semaine : impossible
check-weekly-hours-impossible-hint = écrivez la durée hebdomadaire du contrat, plus de 0 et au plus 48 heures
check-interview-before-application = entretien le { $date }, avant la candidature du { $applied }
check-interview-after-exit = entretien { $kind } le { $date }, après la sortie du { $exit }
check-interview-after-exit-hint = après la sortie, enregistrez kind = "post_sortie"
check-barrier-number-twice = le numéro de frein { $number } est utilisé deux fois
check-barrier-ended-without-date = le frein { $number } a le statut « { $status } » sans date
check-barrier-ended-without-date-hint = ajoutez resolved_on = AAAA-MM-JJ (le jour où il a pris fin)
check-barrier-open-with-date = le frein { $number } a le statut « { $status } » mais une date de fin
check-barrier-open-with-date-hint = retirez resolved_on, ou écrivez status = "resolved" ou "abandoned"
check-barrier-ended-before-noted = frein levé le { $end }, avant d'avoir été repéré le { $noted }
check-action-before-barrier = action le { $date }, avant le repérage du frein le { $noted }
check-rome-invalid = « { $rome } » n'est pas un code ROME
check-rome-invalid-hint = un code ROME est une lettre majuscule et 4 chiffres, par exemple K2204
check-replaced-before-set = remplacé le { $replaced }, avant d'avoir été fixé le { $set }
check-level-off-scale = le niveau { $level } n'est pas sur l'échelle
check-level-off-scale-hint = les niveaux vont de 1 (débutant) à 4 (maîtrisé)
check-training-ends-before-start = la formation finit le { $end }, avant de commencer le { $start }
check-immersion-ends-before-start = l'immersion finit le { $end }, avant de commencer le { $start }
check-month-invalid = « { $month } » n'est pas un mois
check-month-invalid-hint = écrivez le mois sous la forme « AAAA-MM », par exemple « 2025-03 »
check-month-hours-impossible = { $hours } heures dans un mois : impossible
check-month-hours-impossible-hint = écrivez les heures travaillées ce mois-là (de 0 à 744)
check-month-twice = { $month } est enregistré deux fois pour le même type de client
check-month-twice-hint = regroupez les heures sur une ligne par mois et par type de client

## After the exit
check-exit-before-hiring = sortie le { $date }, avant l'embauche du { $hired }
check-exit-before-hiring-hint = la date de sortie est le dernier jour travaillé, le jour de recruitment.hired_on ou après
check-after-exit = { $what } le { $date }, après la sortie du { $exit }
check-after-exit-hint = après la sortie, enregistrez un entretien post_sortie ou un suivi
check-event-contract = début de contrat
check-event-barrier-noted = frein { $number } repéré
check-event-barrier-action = action sur le frein { $number }
check-event-skill = compétence évaluée
check-event-training = début de formation
check-event-immersion = début d'immersion
check-event-hours = heures de { $month }
check-followup-without-exit = un suivi après la sortie, mais aucune sortie n'est enregistrée
check-followup-without-exit-hint = enregistrez d'abord la sortie, ou retirez le suivi
check-followup-not-after-exit = suivi le { $date }, pas après la sortie du { $exit }

## Missing pieces
check-no-eligibility = aucun diagnostic d'éligibilité enregistré
check-no-eligibility-hint = ajoutez une section [eligibility] (date, by, criteria)
check-no-pass = aucun PASS IAE enregistré pour l'instant
check-no-pass-hint = ajoutez une section [pass] avec son numéro, son début et sa fin
check-no-contract = aucun contrat enregistré pour l'instant
check-no-contract-hint = ajoutez une entrée [[contracts]] (kind, start, end, weekly_hours)

## The rules over one case file (W004–W007)
check-not-eligible = non éligible : { $reason }
check-not-eligible-hint = `iae eligibility check` explique ce verdict
check-contract-derogation-hint = si l'administration a accordé une dérogation, notez-la : derogation = "motif"
check-suspension-problem = suspension : { $problem }
check-prolongation-problem = prolongation : { $problem }
check-company-hours = { $hours } heures de mise à disposition auprès d'entreprises dans les 24 mois suivant la première : au-delà de { $cap }
check-company-hours-hint = les mises à disposition auprès d'entreprises sont plafonnées à 480 heures sur 24 mois, sauf dérogation du préfet
check-toml-hint = ce n'est pas du TOML valide : corrigez la ligne indiquée (guillemets, `=`, crochets, dates en AAAA-MM-JJ)

## Contracts (W004)
check-contract-kind-for = un contrat { $contract } est réservé aux structures { $kinds }, pas aux { $kind }
check-cddi-too-short = un CDDI dure au moins { $months } mois : commencé le { $start }, il finit au plus tôt le { $earliest }
check-cddi-too-long = les CDDI durent { $months } mois au plus en tout (depuis le { $first }, jusqu'au { $limit }), sauf si le PASS est prolongé
check-weekly-hours-ordinary = { $hours } heures par semaine : d'ordinaire entre { $min } et { $max } heures
check-cdi-inclusion-age = un CDI inclusion est réservé aux personnes de { $min } ans ou plus ({ $age } ans le { $start })
check-cdi-inclusion-early = un CDI inclusion vient après { $months } mois de parcours (à partir du { $from })
check-passerelle-early = un contrat passerelle vient après { $months } mois de parcours (à partir du { $from })
check-passerelle-too-long = un contrat passerelle dure { $months } mois au plus
check-contract-overlap = il chevauche le contrat { $kind } commencé le { $start }

## Eligibility (W005, `iae eligibility check`)
check-age-criterion-not-counted = { $criterion } est déclaré mais la personne a { $age } ans le { $on } : non compté
check-eligible-by-prescriber = un diagnostic par un prescripteur habilité ne demande aucun critère
check-eligible-level1 = critère de niveau 1 : { $criteria }
check-eligible-level2 = { $count ->
    [one] { $count } critère de niveau 2
   *[other] { $count } critères de niveau 2
}, { $required } demandés pour une structure { $kind }
check-not-enough-criteria = aucun critère de niveau 1 et { $count ->
    [0] aucun critère de niveau 2
    [one] { $count } critère de niveau 2
   *[other] { $count } critères de niveau 2
}, { $required } demandés pour une structure { $kind }
check-diagnosis-after-hiring = le diagnostic du { $date } est postérieur à l'embauche du { $hired }
check-diagnosis-expired = le diagnostic n'était plus valable à la date d'embauche ({ $hired })
check-by-prescriber = prescripteur
check-by-employer = employeur
check-diagnosis-valid-through = le diagnostic du { $date } ({ $by }) était valable jusqu'au { $through }, avant l'embauche du { $hired }
check-no-proof = aucun justificatif n'est enregistré pour { $criterion }
check-proof-too-old = le justificatif de { $criterion } daté du { $dated } a plus de { $months } mois à la date d'embauche ({ $hired })

## The settings of iae.toml, and the comments `iae init` writes in it
check-settings-kind = kind = "{ $kind }" n'est pas un type de SIAE — écrivez l'un de { $kinds }
check-settings-siret = siret = "{ $siret }" n'est pas fait de 14 chiffres
check-settings-annual-hours = etp.annual_hours = { $hours } n'est pas un nombre d'heures dans une année — écrivez par exemple 1607
check-settings-interview-every = interview_every_days doit valoir au moins 1
check-settings-fraction = { $name } = { $value } n'est pas une fraction — écrivez par exemple 0.60 pour 60 %
check-settings-exit-category = exit_reasons.{ $code }.category = "{ $category }" n'est pas une catégorie — écrivez l'une de { $categories }
check-init-header =
    Structure d'insertion par l'activité économique — réglages lus par `iae`.
    Chaque clé est décrite dans docs/format.md. Les lignes qui commencent par # sont des commentaires.
check-init-name = Nom de la structure, tel qu'il figure dans la convention avec l'État.
check-init-siret = Numéro SIRET (14 chiffres).
check-init-funded-etp = Postes conventionnés par l'État pour l'année (ETP conventionnés), pour le bilan annuel.
check-init-interview-every = Nombre de jours entre deux entretiens ; au-delà, l'entretien du salarié est en retard.
check-init-retention =
    Années de conservation d'un dossier après la sortie (durée de conservation des données personnelles) ;
    passé ce délai, `iae check -v` et `iae report deadlines` signalent le dossier et `iae purge` l'anonymise.
check-init-files = Qui peut lire les dossiers : "private" (le propriétaire seul) ou "group" (son groupe aussi).
check-init-targets = Objectifs de taux de sortie, en fractions (circulaire DGEFP 2008-21).
check-init-exits =
    Les sorties comptées dans les taux : "pipeline" (comme les compte la statistique de l'État : ACI
    et EI au moins 81 jours ; AI et ETTI 150 heures dans une même année civile) ou "circular"
    (les « plus de 3 mois » de la circulaire ; 150 heures sur le parcours). docs/reports.md.
check-init-etp = Heures d'un équivalent temps plein sur une année (l'ASP les fixe dans chaque annexe financière).
check-init-prescribers = Ajouter un prescripteur, ou en modifier un :
check-init-exit-reasons = Changer la catégorie d'un motif de sortie, ou en ajouter un :

## The phases of the parcours
check-phase = { $phase ->
    [1] Recrutement
    [2] Intégration
    [3] Parcours
   *[4] Préparation de la sortie
}
check-toml-invalid = syntaxe TOML incorrecte ; le lecteur TOML a répondu : « { $said } »
check-toml-type = valeur incorrecte ; le lecteur TOML a répondu : « { $said } »
check-missing-field = le champ obligatoire { $field } manque
date-quoted = « { $text } » est un texte, pas une date : écrivez la date sans guillemets, en AAAA-MM-JJ
date-file-not-a-day = le { $text } n'existe pas dans le calendrier : écrivez une vraie date, en AAAA-MM-JJ
date-has-time = { $text } n'est pas une simple date : écrivez AAAA-MM-JJ, sans heure
