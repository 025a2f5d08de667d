package org.muster.platform;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** What the session remembers of a signed-in member: only the id; the rest is read fresh. */
public final class MemberPrincipal implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long memberId;
    private final String email;
    private String passwordHash;
    private final boolean verified;

    public MemberPrincipal(long memberId, String email, String passwordHash, boolean verified) {
        this.memberId = memberId;
        this.email = email;
        this.passwordHash = passwordHash;
        this.verified = verified;
    }

    public long memberId() {
        return memberId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("MEMBER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** Checked only after the password matched, so that a wrong password reveals nothing. */
    public boolean verified() {
        return verified;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
