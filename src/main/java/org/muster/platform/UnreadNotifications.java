package org.muster.platform;

/**
 * How many unread notifications a member has, for the count in every page's header; answered by the
 * module that keeps notifications. At most a hundred or so: the header shows "99+" above 99.
 */
public interface UnreadNotifications {

    int unread(long memberId);
}
