package org.mutual.auth.current;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.mutual.domain.user.AppUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of a local Mutual account (password login); carries the domain user so
 * lookups stay cheap.
 */
public final class MutualPrincipal implements UserDetails, AccountPrincipal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    public MutualPrincipal(AppUser user, String passwordHash, boolean enabled, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    @Override
    public AppUser user() {
        return user;
    }

    public static Collection<GrantedAuthority> authoritiesOf(AppUser user) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** One user, one principal: the session registry groups a user's sessions by this. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MutualPrincipal principal && principal.user.id().equals(user.id());
    }

    @Override
    public int hashCode() {
        return user.id().hashCode();
    }

    @Override
    public String toString() {
        return "MutualPrincipal[" + user.username() + "]";
    }
}
