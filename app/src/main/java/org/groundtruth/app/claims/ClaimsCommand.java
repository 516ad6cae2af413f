package org.groundtruth.app.claims;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** `groundtruth claims import|list|respond`: the ledger of what the parties said. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "The claims ledger: import what parties said they struck, list claims, record responses to allegations.",
        subcommands = {ClaimsImportCommand.class, ClaimsListCommand.class, RespondCommand.class, CommandLine.HelpCommand.class})
public final class ClaimsCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
