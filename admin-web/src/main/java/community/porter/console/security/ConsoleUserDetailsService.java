package community.porter.console.security;

import community.porter.access.console.ConsoleUserRepository;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks console users up for form login; a user inside a lock-out comes back locked. */
@Service
class ConsoleUserDetailsService implements UserDetailsService {

    private final ConsoleUserRepository users;
    private final Clock clock;

    ConsoleUserDetailsService(ConsoleUserRepository users, ObjectProvider<Clock> clock) {
        this.users = users;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(user -> ConsoleUserPrincipal.of(user, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No console user " + username));
    }
}
