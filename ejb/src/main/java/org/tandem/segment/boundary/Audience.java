package org.tandem.segment.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * The customers a campaign aims at: members of any of the segments or customers in (or below) any of the
 * territories. Neither named: every customer.
 */
public record Audience(Set<Long> segmentIds, Set<Long> territoryIds) implements Serializable {

    public Audience {
        segmentIds = Set.copyOf(segmentIds);
        territoryIds = Set.copyOf(territoryIds);
    }

    public boolean isEveryone() {
        return segmentIds.isEmpty() && territoryIds.isEmpty();
    }
}
