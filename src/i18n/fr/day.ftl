# A counsellor's day: derogations that amend the record they were about, checks that
# name what they found.

contract-overlap-despite-derogation = { $problem }, malgré la dérogation « { $why } » : une dérogation assouplit les règles d'un contrat, elle ne permet pas deux contrats à la fois
contract-overlap-hint = corrigez les dates avec `iae contract amend`, ou retirez le doublon avec `iae contract remove`
contract-derogation-amended = Le contrat { $kind } du { $start } de { $who } était déjà enregistré : la dérogation « { $why } » y est ajoutée, aucun second contrat n'est créé.
date-not-a-date = { $text } n'est pas une date — écrivez AAAA-MM-JJ (2025-03-03) ou JJ/MM/AAAA (03/03/2025), l'année en quatre chiffres
hours-not-positive = --hours { $hours } : le nombre d'heures doit être positif
pass-number-shared = le PASS IAE n° { $number } est aussi celui de { $others }
pass-number-shared-hint = un PASS IAE n'appartient qu'à une personne : vérifiez le numéro sur la notification de la plateforme de l'inclusion
barrier-number-twice = { $id } a deux freins n° { $number } : impossible de savoir lequel est visé ; rien n'a été écrit
barrier-renumber-hint = renumérotez le second : `iae edit { $id }`, et dans son [[barriers]] écrivez number = { $free } (le premier numéro libre)
