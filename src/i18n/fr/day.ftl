# A counsellor's day: derogations that amend the record they were about, checks that
# name what they found.

contract-overlap-despite-derogation = { $problem }, malgré la dérogation « { $why } » : une dérogation assouplit les règles d'un contrat, elle ne permet pas deux contrats à la fois
contract-overlap-hint = corrigez les dates avec `iae contract amend`, ou retirez le doublon avec `iae contract remove`
contract-derogation-amended = Le contrat { $kind } du { $start } de { $who } était déjà enregistré : la dérogation « { $why } » y est ajoutée, aucun second contrat n'est créé.
