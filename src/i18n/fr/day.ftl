# A counsellor's day: derogations that amend the record they were about, checks that
# name what they found.

contract-overlap-despite-derogation = { $problem }, malgré la dérogation « { $why } » : une dérogation assouplit les règles d'un contrat, elle ne permet pas deux contrats à la fois
contract-overlap-hint = corrigez les dates avec `iae contract amend`, ou retirez le doublon avec `iae contract remove`
contract-derogation-amended = Le contrat { $kind } du { $start } de { $who } était déjà enregistré : la dérogation « { $why } » y est ajoutée, aucun second contrat n'est créé.
hours-not-positive = --hours { $hours } : le nombre d'heures doit être positif
pass-number-shared = le PASS IAE n° { $number } est aussi celui de { $others }
pass-number-shared-hint = un PASS IAE n'appartient qu'à une personne : vérifiez le numéro sur la notification de la plateforme de l'inclusion
barrier-number-twice = { $id } a deux freins n° { $number } : impossible de savoir lequel est visé ; rien n'a été écrit
barrier-renumber-hint = renumérotez le second : `iae edit { $id }`, et dans son [[barriers]] écrivez number = { $free } (le premier numéro libre)
exit-open-barriers = Freins encore ouverts : { $list }
exit-barriers-question = Que sont-ils devenus ? levés (r), abandonnés (a) ou toujours ouverts (o)
exit-barriers-answer = « { $answer } » : répondez r (levés), a (abandonnés) ou o (toujours ouverts)
exit-contracts-dropped = { $count ->
    [one] Le contrat { $list }, qui n'avait pas commencé au { $date }, est retiré.
   *[other] Les contrats { $list }, qui n'avaient pas commencé au { $date }, sont retirés.
}
exit-barriers-closed = { $outcome ->
    [resolved] { $count ->
        [one] { $count } frein encore ouvert est marqué levé au { $date }.
       *[other] { $count } freins encore ouverts sont marqués levés au { $date }.
    }
   *[other] { $count ->
        [one] { $count } frein encore ouvert est marqué abandonné au { $date }.
       *[other] { $count } freins encore ouverts sont marqués abandonnés au { $date }.
    }
}
exit-barriers-kept = { $count ->
    [one] { $count } frein reste ouvert : `iae barrier resolve { $id } N --on DATE` quand il sera levé, ou --barriers resolved|abandoned à la sortie.
   *[other] { $count } freins restent ouverts : `iae barrier resolve { $id } N --on DATE` quand ils seront levés, ou --barriers resolved|abandoned à la sortie.
}
deadline-contract-ended = contrat terminé le { $date } sans renouvellement ni sortie
deadline-pass-ended = PASS IAE terminé le { $date } sans sortie enregistrée
deadline-dismissed = { $detail } (écarté : { $reason })
dismiss-no-reason = --reason est vide : dites pourquoi l'échéance est écartée
dismiss-no-item = { $who } n'a pas d'échéance « { $item } » en cours ; rien n'a été écrit
dismiss-no-item-hint = `iae report deadlines --format csv` liste les échéances, avec leur type dans la colonne « what »
dismiss-several = { $count } échéances « { $item } » : { $dates } ; choisissez-en une avec --date
dismiss-done = Échéance « { $item } » du { $date } de { $who } écartée : { $reason }. `iae report deadlines --all` la montre encore.
notes-inline = Notes de l'entretien (terminez par une ligne vide ; rien pour ne pas en mettre) :
active-idle = plus de contrat depuis le { $date } et pas de sortie enregistrée
recruit-criteria-fail = les critères ne rendent pas la personne éligible : { $reason } ({ $missing ->
    [0] aucun critère de niveau 2 ne manque, mais des critères se contredisent
    [one] il manque { $missing } critère de niveau 2
   *[other] il manque { $missing } critères de niveau 2
}) ; rien n'a été écrit
recruit-criteria-fail-hint = ajoutez les critères qui manquent, faites faire le diagnostic par un prescripteur habilité (--diagnosis-by prescriber), ou dites pourquoi l'embauche a lieu quand même : --derogation "pourquoi"
exit-dropped-contract = { $kind } du { $start }
