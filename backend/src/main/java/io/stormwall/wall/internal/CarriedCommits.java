package io.stormwall.wall.internal;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The application's transaction manager: a commit carries the writes still waiting for it ({@link RoundTrips}) in
 * its own round trip. A live batch's last writes and its board's saved state need no answer before the commit, so
 * they cost the batch no wait of their own; the commit is still the last thing sent, after every callback before it.
 */
@Configuration(proxyBeanMethods = false)
class CarriedCommits {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, RoundTrips trips) {
        trips.carriedByCommits();
        return new JdbcTransactionManager(dataSource) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                trips.commitWithWaitingWrites();
                // the connection is out of its transaction once they were sent with it: the driver then sends nothing
                super.doCommit(status);
            }
        };
    }
}
