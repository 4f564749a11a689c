package energy.mwolo.platform.apidocs;

import energy.mwolo.platform.security.CurrentUser;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * The permissions an operation checks, read from the service's compiled classes: use cases decide access themselves
 * ({@code user.require(AgencyPermissions.CREATE)}, a constant the compiler writes where it is used), so the handler
 * method and the methods of the service it calls, a few calls deep and through lambdas, are followed to every
 * {@link CurrentUser#require} with a literal permission, or with a permission a helper was handed as a literal
 * ({@code CmsAccess.require(user, CmsAccess.CREATE)}). A permission only tested ({@link CurrentUser#can}, to show
 * more or to allow another way) is not a requirement and is not listed.
 */
final class CheckedPermissions {

    private static final String CURRENT_USER = Type.getInternalName(CurrentUser.class);
    private static final Pattern PERMISSION = Pattern.compile("[a-z][a-z0-9_-]*:[a-z_]+");
    private static final int DEPTH = 4;

    private static final CheckedPermissions NONE = new CheckedPermissions(Map.of(), Map.of());

    private final Map<String, Set<String>> required;
    private final Map<String, Set<String>> calls;

    private CheckedPermissions(Map<String, Set<String>> required, Map<String, Set<String>> calls) {
        this.required = required;
        this.calls = calls;
    }

    static CheckedPermissions none() {
        return NONE;
    }

    static CheckedPermissions scan(ServiceClassFiles files) {
        Map<String, Set<String>> required = new HashMap<>();
        Map<String, Set<String>> calls = new HashMap<>();
        Set<String> forwarders = new HashSet<>();
        Map<String, Set<String>> passesOn = new HashMap<>();
        List<String[]> handedOver = new ArrayList<>();
        List<String> prefixes = files.basePackages().stream().map(base -> base.replace('.', '/') + "/").toList();
        files.readMethods(method ->
                new MethodVisitor(Opcodes.ASM9) {

                    private String lastPermission;
                    private boolean lastLoaded;

                    @Override
                    public void visitLdcInsn(Object value) {
                        lastPermission = value instanceof String text && PERMISSION.matcher(text).matches() ? text
                                : null;
                        lastLoaded = false;
                    }

                    @Override
                    public void visitVarInsn(int opcode, int variable) {
                        lastPermission = null;
                        lastLoaded = opcode == Opcodes.ALOAD;
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String callee, String name, String descriptor,
                                                boolean isInterface) {
                        if (callee.equals(CURRENT_USER) && name.equals("require")) {
                            if (lastPermission != null) {
                                required.computeIfAbsent(method, m -> new TreeSet<>()).add(lastPermission);
                            } else if (lastLoaded) {
                                forwarders.add(method);
                            }
                        } else if (prefixes.stream().anyMatch(callee::startsWith)) {
                            String target = key(callee, name, descriptor);
                            calls.computeIfAbsent(method, m -> new LinkedHashSet<>()).add(target);
                            if (lastPermission != null) {
                                handedOver.add(new String[] {method, target, lastPermission});
                            } else if (lastLoaded) {
                                passesOn.computeIfAbsent(method, m -> new HashSet<>()).add(target);
                            }
                        }
                        lastPermission = null;
                        lastLoaded = false;
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                                                       Object... arguments) {
                        for (Object argument : arguments) {
                            if (argument instanceof Handle lambda
                                    && prefixes.stream().anyMatch(lambda.getOwner()::startsWith)) {
                                calls.computeIfAbsent(method, m -> new LinkedHashSet<>())
                                        .add(key(lambda.getOwner(), lambda.getName(), lambda.getDesc()));
                            }
                        }
                        lastPermission = null;
                        lastLoaded = false;
                    }
                });
        // A helper handed a permission (CmsAccess.require(user, CmsAccess.CREATE)) requires it when it, or a helper
        // it hands its argument on to, gives it to CurrentUser.require.
        for (boolean grew = true; grew; ) {
            grew = false;
            for (var entry : passesOn.entrySet()) {
                if (!forwarders.contains(entry.getKey()) && entry.getValue().stream().anyMatch(forwarders::contains)) {
                    grew = forwarders.add(entry.getKey());
                }
            }
        }
        for (String[] handed : handedOver) {
            if (forwarders.contains(handed[1])) {
                required.computeIfAbsent(handed[0], m -> new TreeSet<>()).add(handed[2]);
            }
        }
        return new CheckedPermissions(required, calls);
    }

    /** What {@code handler} and the service's methods it calls require of the caller, in order. */
    SortedSet<String> of(Method handler) {
        SortedSet<String> permissions = new TreeSet<>();
        String start = key(Type.getInternalName(handler.getDeclaringClass()), handler.getName(),
                Type.getMethodDescriptor(handler));
        Set<String> seen = new HashSet<>();
        Deque<String> current = new ArrayDeque<>(List.of(start));
        for (int depth = 0; depth <= DEPTH && !current.isEmpty(); depth++) {
            Deque<String> next = new ArrayDeque<>();
            for (String method : current) {
                if (seen.add(method)) {
                    permissions.addAll(required.getOrDefault(method, Set.of()));
                    next.addAll(calls.getOrDefault(method, Set.of()));
                }
            }
            current = next;
        }
        return permissions;
    }

    private static String key(String owner, String name, String descriptor) {
        return ServiceClassFiles.methodKey(owner, name, descriptor);
    }
}
