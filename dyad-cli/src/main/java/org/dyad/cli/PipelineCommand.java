package org.dyad.cli;

import java.util.concurrent.Callable;
import org.dyad.Coder;
import org.dyad.CoderOptions;
import org.dyad.options.DictionariesOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad pipeline}: the stages of 'dyad code', in order, with the layers each requires and provides. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = {"Print the stages 'dyad code' runs, in order, with the document layers each requires and provides.",
        "Built from the stages themselves (the same check refuses a pipeline whose stage needs a layer no earlier stage",
        "provides); the NLP models are not loaded. With PETRARCH-format --dictionaries the events stage is PETRARCH's tree coder."})
public final class PipelineCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DictionariesOption dictionaries;

  @Option(names = "--fast", description = "The --fast mode's pipeline.")
  boolean fast;

  @Override
  public Integer call() {
    if (!DyadCommand.dictionariesUsable(dictionaries.dir(), spec.commandLine().getErr())) return DyadCommand.USAGE;
    CoderOptions options = CoderOptions.defaults().withDictionaries(dictionaries.dir()).withFast(fast);
    spec.commandLine().getOut().print(Coder.describe(options).explain());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
