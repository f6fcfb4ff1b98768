package org.kaohe.events.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.kaohe.events.ids.Codes;

/**
 * A unit code in the format {@link org.kaohe.events.ids.UnitCode} accepts; null is valid, so that a
 * required code adds {@code @NotNull}.
 */
@Documented
@Pattern(regexp = Codes.FORMAT)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface UnitCodeFormat {
  String message() default "must be a unit code such as 620100 or GS-D01";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
