package org.muster.missions.tasks;

/** A submission waiting for staff, with what the reviewer needs beside it: the mission and who sent it. */
public record PendingSubmission(Submission submission, String missionSlug, String missionTitle, String memberName) {

    PendingSubmission named(String name) {
        return new PendingSubmission(submission, missionSlug, missionTitle, name);
    }
}
