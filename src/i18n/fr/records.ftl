# Removing or amending one record of a case file (interview, hours, contract, training,
# skill, immersion, follow-up, barrier action). Nouns by the file's table name.

record-the-interviews = l'entretien
record-the-hours = la ligne d'heures
record-the-contracts = le contrat
record-the-trainings = la formation
record-the-skills = la compétence
record-the-immersions = l'immersion
record-the-followups = le suivi
record-the-actions = l'action
record-of-interviews = d'entretien
record-of-hours = d'heures
record-of-contracts = de contrat
record-of-trainings = de formation
record-of-skills = de compétence
record-of-immersions = d'immersion
record-of-followups = de suivi
record-of-actions = d'action
record-records-interviews = entretiens
record-records-hours = lignes d'heures
record-records-contracts = contrats
record-records-trainings = formations
record-records-skills = compétences
record-records-immersions = immersions
record-records-followups = suivis
record-records-actions = actions

record-none = { $who } n'a pas { $of } « { $which } » ; rien n'a été écrit
record-none-at-all = ce dossier ne contient encore aucun enregistrement { $of }
record-there-are = { $records } du dossier : { $list }
record-several = { $count } { $records } correspondent à « { $which } » :
record-several-hint = choisissez-en un avec --nth N (1 pour le premier de la liste)
record-nth-out = --nth { $nth } : il n'y en a que { $count }
record-bad-month = « { $which } » n'est pas un mois — écrivez MM/AAAA ou AAAA-MM, par exemple 03/2025
record-set-shape = --set { $set } : écrivez CHAMP=VALEUR, par exemple --set end=2025-09-30
record-no-field = « { $field } » n'est pas un champ { $of }
record-fields = champs possibles : { $list }
record-bad-value = { $field } = { $value } : ce n'est pas une valeur possible pour ce champ
record-amend-nothing = rien à changer : donnez --set CHAMP=VALEUR ou --unset CHAMP
record-removed = Retiré du dossier de { $who } : { $the } « { $record } ».
record-amended = Dans le dossier de { $who }, { $the } « { $before } » devient « { $after } ».
record-unchanged = Rien n'a changé : { $the } avait déjà ces valeurs.
barrier-action-removed = Retiré du dossier de { $who } : l'action « { $record } » du frein n° { $number }.
