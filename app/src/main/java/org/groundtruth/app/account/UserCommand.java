package org.groundtruth.app.account;

import org.groundtruth.store.Store;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.groundtruth.account.AccountStore;
import org.groundtruth.account.ApiToken;
import org.groundtruth.account.Role;
import org.groundtruth.account.User;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.web.account.Passwords;
import org.groundtruth.web.account.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code groundtruth user ...}: accounts, managed on the server's machine (the first admin is made this way). */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage accounts: add a user, list users, make or revoke an API token, change a role, disable.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Token.class, UserCommand.Revoke.class,
                UserCommand.SetRole.class, UserCommand.Disable.class})
public final class UserCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    static User find(AccountStore accounts, String name) {
        return accounts.user(name).orElseThrow(() -> new UserException("no user named '" + name + "' (see `groundtruth user list`)"));
    }

    static Role role(String text) {
        return Role.parse(text).orElseThrow(() -> new UserException("--role: '" + text + "' is not one of " + Role.codes()));
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user. The password is read from --password-file, "
            + "else asked for twice on a terminal, else read as one line from standard input.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Letters, digits, '.', '_', '-', '@'; 1 to 64.")
        String name;
        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "admin, investigator, reviewer or viewer.")
        String role;
        @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
        Path passwordFile;
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            Role r = role(role);
            try {
                org.groundtruth.account.UserNames.check(name);
            } catch (IllegalArgumentException e) {
                throw new UserException("NAME: " + e.getMessage());
            }
            char[] password = readPassword(passwordFile);
            try {
                String problem = Passwords.problem(password);
                if (problem != null) throw new UserException("password: " + problem);
                try (Store store = storeOptions.open()) {
                    if (store.port(AccountStore.PORT).user(name).isPresent()) throw new UserException("a user named '" + name + "' already exists");
                    User u = store.port(AccountStore.PORT).addUser(name, r, new Passwords().hash(password), CliActor.note(null));
                    System.out.println("added " + u.name() + " (" + u.role().code() + ", id " + u.id() + ")");
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            return 0;
        }
    }

    /** The password from a file's first line, a terminal (asked twice), or standard input's first line. */
    static char[] readPassword(Path file) {
        if (file != null) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.getFirst().isEmpty()) throw new UserException(file + ": the first line should hold the password, and it is empty");
                return lines.getFirst().toCharArray();
            } catch (IOException e) {
                throw new UserException("--password-file " + file + ": cannot read it (" + e.getMessage() + ")");
            }
        }
        Console console = System.console();
        if (isTerminal(console)) {
            char[] a = console.readPassword("Password (at least %d characters): ", Passwords.MIN_LENGTH);
            char[] b = console.readPassword("Again: ");
            if (a == null || b == null || !Arrays.equals(a, b)) throw new UserException("the two passwords differ; nothing was changed");
            Arrays.fill(b, '\0');
            return a;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) throw new UserException("no password: give --password-file FILE, or the password as one line on standard input");
            return line.toCharArray();
        } catch (IOException e) {
            throw new UserException("cannot read the password from standard input: " + e.getMessage());
        }
    }

    /** Console.isTerminal() came in Java 22 (since then System.console() is not null even for a pipe); asked by name. */
    private static boolean isTerminal(Console console) {
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users with their role and tokens.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                List<User> users = store.port(AccountStore.PORT).users();
                if (users.isEmpty()) System.out.println("no users yet: add the first admin with `groundtruth user add NAME --role admin`");
                Instant now = Instant.now();
                for (User u : users) {
                    long live = store.port(AccountStore.PORT).tokens(u.id()).stream().filter(t -> t.usableAt(now)).count();
                    System.out.printf("%-24s %-13s %s%s%n", u.name(), u.role().code(), live + " live token" + (live == 1 ? "" : "s"),
                            u.disabled() ? ", DISABLED" : "");
                }
            }
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "Make an API token for a user and print it once.")
    static final class Token implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--label", paramLabel = "TEXT", defaultValue = "cli", description = "What the token is for (default: ${DEFAULT-VALUE}).")
        String label;
        @Option(names = "--days", paramLabel = "N", description = "Expire after N days (default: never; revoke it instead).")
        Integer days;
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            if (days != null && (days < 1 || days > 3650)) throw new UserException("--days: " + days + " is outside 1..3650");
            try (Store store = storeOptions.open()) {
                User u = find(store.port(AccountStore.PORT), name);
                if (u.disabled()) throw new UserException("user '" + name + "' is disabled");
                String token = Secrets.newToken();
                ApiToken t = store.port(AccountStore.PORT).addToken(u.id(), label, Secrets.digest(token),
                        days == null ? null : Instant.now().plus(Duration.ofDays(days)), CliActor.note(null));
                System.err.println("Token " + t.id() + " for " + u.name() + " (" + u.role().code() + "); shown once, store it now. "
                        + "Send it as 'Authorization: Bearer TOKEN'; revoke with `groundtruth user revoke " + u.name() + " " + t.id() + "`.");
                System.out.println(token);
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a user's API token (by id, or all of them with --all).")
    static final class Revoke implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "TOKEN_ID", arity = "0..1")
        Long tokenId;
        @Option(names = "--all", description = "Revoke every token of the user.")
        boolean all;
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            if ((tokenId == null) == !all) throw new UserException("give a TOKEN_ID or --all (see `groundtruth user list`)");
            try (Store store = storeOptions.open()) {
                User u = find(store.port(AccountStore.PORT), name);
                List<Long> ids = all ? store.port(AccountStore.PORT).tokens(u.id()).stream().filter(t -> t.revokedAt() == null).map(ApiToken::id).toList() : List.of(tokenId);
                for (long id : ids) {
                    if (!store.port(AccountStore.PORT).revokeToken(u.id(), id, CliActor.note(null))) throw new UserException("user '" + name + "' has no token " + id);
                    System.out.println("revoked token " + id + " of " + u.name());
                }
                if (ids.isEmpty()) System.out.println(u.name() + " has no live tokens");
            }
            return 0;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role.")
    static final class SetRole implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "ROLE")
        String role;
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            Role r = role(role);
            try (Store store = storeOptions.open()) {
                User u = store.port(AccountStore.PORT).changeRole(find(store.port(AccountStore.PORT), name).id(), r, CliActor.note(null));
                System.out.println(u.name() + " is now " + u.role().code());
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user (ends their sessions, revokes their tokens), or --enable again.")
    static final class Disable implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--enable", description = "Enable the user again.")
        boolean enable;
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                User u = store.port(AccountStore.PORT).setDisabled(find(store.port(AccountStore.PORT), name).id(), !enable, CliActor.note(null));
                System.out.println(u.name() + (u.disabled() ? " is disabled" : " is enabled"));
            }
            return 0;
        }
    }
}
