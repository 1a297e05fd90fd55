package org.echotrace.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --store DIR} of the commands that work on a store (add, search, serve): a picocli mixin. */
final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "echotrace-store",
      description = "The store's folder. Default: ${DEFAULT-VALUE} in the current folder.")
  Path dir;
}
