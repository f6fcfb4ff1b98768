package org.kaohe.platform.web.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person wrote for other people to read (a reason, a summary, an id a client chose): at most
 * {@code max} characters, at least one of them visible, valid UTF-16, without control characters
 * (line breaks and tabs only where {@code multiline}) or the bidirectional overrides and isolates
 * that make text display differently from what it holds. Text of blanks only is refused, never read
 * as no text; null and empty text are left to {@code NotNull} and {@code NotEmpty} (a field that
 * needs text pairs this with {@code NotEmpty}, not {@code NotBlank}, so that blanks are reported
 * once). The message names the first problem found; see {@link FreeTextRule}.
 */
@Documented
@Constraint(validatedBy = FreeTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface FreeText {
  /** The most characters (Unicode code points) the text may hold. */
  int max();

  /** Whether line breaks and tabs are part of the text, as in a reason or a summary. */
  boolean multiline() default false;

  String message() default "must be visible text";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
