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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A year an assessment can be held in, from {@link #FIRST} to {@link #LAST}; null is valid, so that
 * a required year adds {@code @NotNull}.
 */
@Documented
@Min(AssessmentYear.FIRST)
@Max(AssessmentYear.LAST)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface AssessmentYear {
  int FIRST = 2000;
  int LAST = 2100;

  String message() default "must be a year from " + FIRST + " to " + LAST;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
