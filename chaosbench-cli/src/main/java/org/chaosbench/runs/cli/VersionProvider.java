package org.chaosbench.runs.cli;

import picocli.CommandLine;

/** The version recorded in the jar manifest at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ChaosbenchCli.class.getPackage().getImplementationVersion();
        return new String[] {"chaosbench " + (v == null ? "(development build)" : v),
                "Java " + Runtime.version()};
    }
}
