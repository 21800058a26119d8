package org.matreport.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * What of a view a template may reach: FreeMarker's default policy, less {@code getClass()}. Through it,
 * {@code ${cover.class.protectionDomain}} printed the jar's path and its class loaders into a pack; a view's
 * accessors are all a template needs.
 */
final class TemplateMemberAccess implements MemberAccessPolicy {

    static final TemplateMemberAccess INSTANCE = new TemplateMemberAccess();

    private final MemberAccessPolicy base = DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

    private TemplateMemberAccess() {}

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        ClassMemberAccessPolicy inner = base.forClass(type);
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return !method.getName().equals("getClass") && inner.isMethodExposed(method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return base.isToStringAlwaysExposed();
    }
}
