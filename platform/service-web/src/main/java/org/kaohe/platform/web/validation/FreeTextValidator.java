package org.kaohe.platform.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link FreeText} for Bean Validation: the violation's message is {@link FreeTextRule}'s. */
public final class FreeTextValidator implements ConstraintValidator<FreeText, CharSequence> {
  private FreeText constraint;

  @Override
  public void initialize(FreeText constraint) {
    this.constraint = constraint;
  }

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    return FreeTextRule.violation(text, constraint)
        .map(
            message -> {
              context.disableDefaultConstraintViolation();
              context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
              return false;
            })
        .orElse(true);
  }
}
