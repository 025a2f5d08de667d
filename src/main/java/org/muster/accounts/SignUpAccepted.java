package org.muster.accounts;

/**
 * POST /api/v1/accounts's answer: the same for a new address and one that has an account, so that
 * it tells nobody who is a member. Either way a mail went to the address.
 */
record SignUpAccepted(String email) {
}
