package org.muster.accounts;

import java.util.List;

/** A member's profile page: the member and, for the member and staff, the weekly availability. */
record Profile(Member member, List<AvailabilityWindow> availability, boolean showPrivate) {
}
