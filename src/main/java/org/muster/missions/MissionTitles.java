package org.muster.missions;

import org.muster.missions.common.MissionRepository;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * A mission's title and address, for telling a member about their own part in it (a sign-up, a proof
 * reviewed, a reward): what they took part in they may be told of, whoever else may see the mission.
 */
@Service
@NamedInterface("api")
public class MissionTitles {

    /** A mission as a line about it names it; its page is {@code /missions/{slug}}. */
    public record MissionTitle(long id, String slug, String title) {
    }

    private final MissionRepository missions;

    MissionTitles(MissionRepository missions) {
        this.missions = missions;
    }

    @Transactional(readOnly = true)
    public Optional<MissionTitle> of(long missionId) {
        return missions.findById(missionId).map(m -> new MissionTitle(m.id(), m.slug(), m.title()));
    }
}
