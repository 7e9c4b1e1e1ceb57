package org.khet.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Configuration shared by every Khet service ({@code khet.*}). */
@ConfigMapping(prefix = "khet")
public interface KhetConfig {

    /** The owning service's short name (school, assessment, budget, project, report): its topic and event source. */
    String service();

    Outbox outbox();

    Consumer consumer();

    OrgReplica orgReplica();

    Security security();

    Feed feed();

    National national();

    ReadCache readCache();

    interface ReadCache {
        /**
         * Keep computed reads (summaries) in memory until this process commits any transaction (kit
         * {@code CachedReads}, ADR 0035); false computes every read anew (their ETags and 304s stay).
         */
        @WithDefault("true")
        boolean enabled();

        /** Most reads kept; the least recently used is dropped first. */
        @WithDefault("512")
        int maxEntries();
    }

    interface National {
        /** Keep table {@code area_profile} from school-service's area events (kit {@code AreaProfiles}). */
        @WithDefault("false")
        boolean areaProfileReplica();
    }

    interface Feed {
        /** Feeds with more rows than this are accepted as background jobs (202 + {@code /v1/feed-jobs/{id}}). */
        @WithDefault("2000")
        int asyncRows();
    }

    interface Security {
        /** Check bearer tokens and org scope on every request (off only in tests that are not about security). */
        @WithDefault("true")
        boolean enabled();

        /** The expected {@code iss} claim: the dev issuer of {@code ./khet token}, or the OIDC provider's issuer URL. */
        @WithDefault("https://khet.local/dev")
        String issuer();

        /** The expected {@code aud} claim (one of the token's audiences). */
        @WithDefault("khet")
        String audience();

        /**
         * Where the verification keys are: a PEM public key file (the dev key made by {@code ./khet}), a JWKS JSON
         * file, or an http(s) JWKS URL of an OIDC provider (e.g. Keycloak's
         * {@code https://sso.example/realms/khet/protocol/openid-connect/certs}). Relative paths are resolved
         * against the working directory.
         */
        @WithDefault(".khet/keys/dev-public.pem")
        String keyLocation();

        /**
         * A second issuer whose tokens are accepted too, checked with its own key (the same audience): e.g. an OIDC realm
         * beside the dev issuer in e2e, or the next provider while an office moves to it
         * (KHET_SECURITY_ALSO_TRUSTED_ISSUER, KHET_SECURITY_ALSO_TRUSTED_KEY_LOCATION).
         */
        Optional<AlsoTrusted> alsoTrusted();

        interface AlsoTrusted {
            String issuer();

            /** A PEM public key file, a JWKS file, or an http(s) JWKS URL. */
            String keyLocation();
        }

        /** Claims holding the caller's roles, first non-empty wins; dotted paths reach into objects (realm_access.roles). */
        @WithDefault("groups,roles,realm_access.roles")
        List<String> roleClaims();

        /**
         * Claims holding the name audit trails record for the caller, first non-empty wins (Keycloak sends both; its
         * {@code sub} is a UUID); a token with none of them is recorded by its subject (development tokens).
         */
        @WithDefault("name,preferred_username")
        List<String> nameClaims();

        /** The claim naming the caller's org unit(s): a string or an array of codes. */
        @WithDefault("org")
        String orgClaim();

        /** Tolerated clock difference for exp/nbf/iat. */
        @WithDefault("30s")
        Duration clockSkew();

        /** Paths (regular expressions over the request path, e.g. {@code /v1/reports/annual/2566/public}) served without a token. */
        Optional<List<String>> publicPaths();
    }

    interface OrgReplica {
        /** Keep a replica of the org directory from school-service's events (off in school-service, its owner). */
        @WithDefault("true")
        boolean enabled();
    }

    interface Outbox {
        /** Run the relay in this process (off in tests that drive it by hand). */
        @WithDefault("true")
        boolean relayEnabled();

        /**
         * How often the relay looks for new outbox rows when it found none the last time and no commit woke it (a
         * fallback since ADR 0029: commits of this process wake it at once).
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** Most rows sequenced and published in one round. */
        @WithDefault("500")
        int batchSize();

        /** First wait after a failed publish; doubled on each failure in a row up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** How long one publish round waits for the broker's acknowledgements. */
        @WithDefault("10s")
        Duration sendTimeout();

        /**
         * Wake the relay when a transaction that wrote outbox rows commits (PostgreSQL {@code NOTIFY}); the poll
         * interval is then only the fallback (ADR 0029).
         */
        @WithDefault("true")
        boolean wakeOnCommit();

        /** How often the backlog gauges are read from the database (0: after every round, as before ADR 0029). */
        @WithDefault("2s")
        Duration gaugeInterval();

        /**
         * Sequence a committed row only once every transaction older than its own has ended, on the whole PostgreSQL
         * server (ADR 0002's rule); false: every committed row at once, in commit order between rounds (ADR 0040).
         */
        @WithDefault("false")
        boolean waitForOlderTransactions();

        /** The producer's {@code linger.ms}: how long it holds a record to batch it with later ones (ADR 0040: none). */
        @WithDefault("0ms")
        Duration linger();

        /**
         * A round in one transaction (ADR 0043): the committed rows read once, sent, then given their positions and
         * marked published by one statement, instead of a sequencing transaction that updates each row and a publishing
         * one that reads it again and updates it a second time; and a round that took every row it saw waits for the
         * next commit instead of running an empty round at once. After a failed send the relay sequences on its own
         * again, so that the change feed goes on during a broker outage. false: as before (ADR 0029, 0040).
         */
        @WithDefault("true")
        boolean onePass();
    }

    interface Consumer {
        /**
         * Apply each poll's records in one transaction (their effects and processed-event ids commit together, then
         * the offsets); false: one transaction per record, as before ADR 0029.
         */
        @WithDefault("true")
        boolean batch();

        /** A batch's processed-event ids in one statement, and its events to a consumer's batch handler (ADR 0040). */
        @WithDefault("true")
        boolean bulk();

        /** Skip, unrecorded, the events of types a consumer does not handle (ADR 0040). */
        @WithDefault("true")
        boolean skipUnwanted();

        /** Commit offsets without waiting for the broker (ADR 0040: the processed-event log makes a lost one harmless). */
        @WithDefault("true")
        boolean asyncCommit();

        /**
         * Record every applied event's id, also for consumers whose effects are idempotent or that name which events have
         * an effect (ADR 0043: those record fewer). Read by {@code EventConsumer}.
         */
        @WithDefault("false")
        boolean recordEveryEvent();

        /**
         * Ask a consumer that can tell which types are wanted now (the webhook fan-out: its subscriptions' types) after
         * each poll, and skip the others undecoded and without a transaction (ADR 0043, stop 33); false: decode every
         * record as before. Read by {@code EventConsumer}.
         */
        @WithDefault("true")
        boolean askBeforeDecoding();
    }
}
