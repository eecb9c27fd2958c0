package org.dyad;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that read the shared data folder before their tests run ({@code @BeforeAll}): without the
 * folder, each of their tests is skipped with the reason (a class-level assumption would hide them from the
 * report), and the class's {@code @BeforeAll} does not run. Under {@code DYAD_SHARED_REQUIRED} (CI) they run, and
 * fail on the missing folder.
 */
public final class NeedsShared implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String missing = SharedCoder.missingReason();
    if (missing == null || System.getenv("DYAD_SHARED_REQUIRED") != null) return ConditionEvaluationResult.enabled("shared data present");
    String test = context.getRequiredTestClass().getSimpleName() + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
    return ConditionEvaluationResult.disabled("skipped: " + test + " " + missing);
  }
}
