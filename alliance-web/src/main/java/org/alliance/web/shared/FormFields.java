package org.alliance.web.shared;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;

/**
 * What the field fragments ({@code fragments/forms}) need from the bound form, as
 * {@code @formFields} in templates: the limits a control shows ({@code maxlength},
 * {@code min}, {@code max}) come from the form record's own Bean Validation constraints,
 * so the page and the server never disagree; and the choices a select offers.
 */
@Component("formFields")
public class FormFields {

	/** One option of a select: the value posted, and either a message key or a label. */
	public record Choice(Object value, @Nullable String messageKey, @Nullable String label) {
	}

	private final Validator validator;

	FormFields(Validator validator) {
		this.validator = validator;
	}

	/** The longest text the form accepts in the field, or {@code null} if unlimited. */
	public @Nullable Integer maxLength(Object form, String field) {
		return constraint(form, field, Size.class).map(Size::max).filter((max) -> max < Integer.MAX_VALUE).orElse(null);
	}

	/** The smallest number the form accepts in the field, or {@code null}. */
	public @Nullable Long min(Object form, String field) {
		return constraint(form, field, Min.class).map(Min::value).orElse(null);
	}

	/** The largest number the form accepts in the field, or {@code null}. */
	public @Nullable Long max(Object form, String field) {
		return constraint(form, field, Max.class).map(Max::value).orElse(null);
	}

	/**
	 * The errors in the order of the form's fields (as the form record declares them,
	 * which is the order the page shows them), those about the whole form first, so the
	 * error summary reads like the form.
	 */
	public List<DetailedError> inFormOrder(@Nullable Object form, List<DetailedError> errors) {
		if (form == null) {
			return errors;
		}
		List<String> fields = (form.getClass().isRecord())
				? Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
				: Arrays.stream(form.getClass().getDeclaredFields()).map(Field::getName).toList();
		return errors.stream().sorted(Comparator.comparingInt((DetailedError e) -> {
			if (e.isGlobal()) {
				return -1;
			}
			int index = fields.indexOf(e.getFieldName().split("[.\\[]", 2)[0]);
			return (index >= 0) ? index : fields.size();
		})).toList();
	}

	/**
	 * Choices from constants (an array or a collection), each named by the message
	 * {@code prefix + constant}.
	 */
	public List<Choice> named(Object values, String prefix) {
		Collection<?> all = (values instanceof Object[] array) ? List.of(array) : (Collection<?>) values;
		return all.stream().map((v) -> new Choice(v, prefix + v, null)).toList();
	}

	/**
	 * Choices from objects, each posted as its {@code valueProperty} and shown as its
	 * {@code labelProperty} (record accessors or getters).
	 */
	public List<Choice> of(Collection<?> items, String valueProperty, String labelProperty) {
		return items.stream()
			.map((item) -> new Choice(read(item, valueProperty), null, String.valueOf(read(item, labelProperty))))
			.toList();
	}

	private <A extends Annotation> Optional<A> constraint(Object form, String field, Class<A> type) {
		if (form == null) {
			return Optional.empty();
		}
		PropertyDescriptor property = this.validator.getConstraintsForClass(form.getClass())
			.getConstraintsForProperty(field);
		if (property == null) {
			return Optional.empty();
		}
		return property.getConstraintDescriptors()
			.stream()
			.map(ConstraintDescriptor::getAnnotation)
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst();
	}

	private static Object read(Object item, String property) {
		String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
		for (String name : List.of(property, getter)) {
			try {
				Method method = item.getClass().getMethod(name);
				return method.invoke(item);
			}
			catch (NoSuchMethodException ex) {
				// try the next naming
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read " + property + " of " + item.getClass(), ex);
			}
		}
		throw new IllegalArgumentException(item.getClass() + " has no property " + property);
	}

}
