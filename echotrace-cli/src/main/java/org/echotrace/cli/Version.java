package org.echotrace.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (set by Maven), or "development". */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = EchotraceCommand.class.getPackage().getImplementationVersion();
    return new String[] {"echotrace " + (v == null ? "development" : v)};
  }
}
