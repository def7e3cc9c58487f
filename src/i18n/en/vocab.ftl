# The closed vocabularies of the case file (src/case/vocab.rs) as people read them:
# vocab-<vocabulary>-<code>.

vocab-medium-in_person = in person
vocab-medium-phone = by phone
vocab-medium-video = by video
vocab-medium-home = at home

vocab-attendance-present = present
vocab-attendance-excused = excused
vocab-attendance-absent = absent

vocab-support-internal = in-house
vocab-support-external = by a partner
vocab-support-both = in-house and by a partner

vocab-barrier-status-identified = identified
vocab-barrier-status-in_progress = in progress
vocab-barrier-status-resolved = lifted
vocab-barrier-status-abandoned = given up

vocab-outcome-resolved = lifted
vocab-outcome-abandoned = given up

vocab-client-kind-company = company
vocab-client-kind-individual = private individual
vocab-client-kind-association = association
vocab-client-kind-collectivite = local authority

vocab-diagnosis-by-employer = the SIAE
vocab-diagnosis-by-prescriber = an authorised prescriber

vocab-structure-kind-ACI = ACI
vocab-structure-kind-EI = EI
vocab-structure-kind-AI = AI
vocab-structure-kind-ETTI = ETTI
vocab-structure-kind-EITI = EITI

vocab-deadline-kind-contract_end = contract end
vocab-deadline-kind-contract_ended = contract ended
vocab-deadline-kind-pass_ended = PASS ended
vocab-deadline-kind-pass_end = PASS end
vocab-deadline-kind-interview_due = interview due
vocab-deadline-kind-diagnosis_expires = diagnosis expires
vocab-deadline-kind-proof_expires = proof expires
vocab-deadline-kind-hours_cap = hours cap
vocab-deadline-kind-exit_without_bilan = exit without bilan
vocab-deadline-kind-followup_due = follow-up due
vocab-deadline-kind-barrier_without_action = barrier without action
vocab-deadline-kind-retention_over = retention over
