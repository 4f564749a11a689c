package energy.mwolo.platform.apidocs;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.lang.reflect.Type;

/** Types as swagger-core hands them to the platform's model converters. */
final class SwaggerTypes {

    private SwaggerTypes() {
    }

    /** The class of a property's type: a class, or Jackson 2's type of it. */
    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        return type instanceof JavaType javaType ? javaType.getRawClass()
                : TypeFactory.defaultInstance().constructType(type).getRawClass();
    }
}
