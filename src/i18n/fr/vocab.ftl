# The closed vocabularies of the case file (src/case/vocab.rs) as people read them:
# vocab-<vocabulary>-<code>.

vocab-medium-in_person = en présentiel
vocab-medium-phone = par téléphone
vocab-medium-video = en visio
vocab-medium-home = à domicile

vocab-attendance-present = présent·e
vocab-attendance-excused = excusé·e
vocab-attendance-absent = absent·e

vocab-support-internal = en interne
vocab-support-external = par un partenaire
vocab-support-both = en interne et par un partenaire

vocab-barrier-status-identified = repéré
vocab-barrier-status-in_progress = en cours
vocab-barrier-status-resolved = levé
vocab-barrier-status-abandoned = abandonné

vocab-outcome-resolved = levé
vocab-outcome-abandoned = abandonné

vocab-client-kind-company = entreprise
vocab-client-kind-individual = particulier
vocab-client-kind-association = association
vocab-client-kind-collectivite = collectivité

vocab-diagnosis-by-employer = la SIAE
vocab-diagnosis-by-prescriber = un prescripteur habilité

vocab-structure-kind-ACI = ACI
vocab-structure-kind-EI = EI
vocab-structure-kind-AI = AI
vocab-structure-kind-ETTI = ETTI
vocab-structure-kind-EITI = EITI

vocab-deadline-kind-contract_end = fin de contrat
vocab-deadline-kind-contract_ended = contrat terminé
vocab-deadline-kind-pass_ended = PASS terminé
vocab-deadline-kind-pass_end = fin de PASS
vocab-deadline-kind-interview_due = entretien à tenir
vocab-deadline-kind-diagnosis_expires = diagnostic qui expire
vocab-deadline-kind-proof_expires = justificatif qui expire
vocab-deadline-kind-hours_cap = plafond d'heures
vocab-deadline-kind-exit_without_bilan = sortie sans bilan
vocab-deadline-kind-followup_due = suivi à faire
vocab-deadline-kind-barrier_without_action = frein sans action
vocab-deadline-kind-retention_over = durée de conservation atteinte
