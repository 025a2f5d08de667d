package org.muster.missions.programs;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;

/** Programs' and partners' names by id, one read per batch, for staff figures about budgets and sponsor pools. */
@Service
@NamedInterface("api")
public class ProgramNames {

    private final PartnerRepository partners;

    ProgramNames(PartnerRepository partners) {
        this.partners = partners;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> programs(Collection<Long> programIds) {
        return programIds.isEmpty() ? Map.of() : partners.programNames(programIds);
    }

    @Transactional(readOnly = true)
    public Map<Long, String> partners(Collection<Long> partnerIds) {
        return partnerIds.isEmpty() ? Map.of() : partners.partnerNames(partnerIds);
    }
}
