package energy.mwolo.platform.apidocs;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The success statuses a handler answers through {@link ResponseEntity}, read from its compiled code, which springdoc
 * cannot see: {@code ResponseEntity.created(...)} is 201, {@code accepted()} 202, {@code noContent()} 204,
 * {@code status(HttpStatus.X)} or {@code status(201)} the status named, {@code ok(...)} 200; built in the handler or
 * in a method of the service it calls for its {@code ResponseEntity}. A handler answering otherwise
 * ({@code @ResponseStatus}, a plain return) is springdoc's to describe and is not listed.
 */
final class AnsweredStatuses {

    private static final String RESPONSE_ENTITY = Type.getInternalName(ResponseEntity.class);
    private static final String HTTP_STATUS = Type.getDescriptor(HttpStatus.class);
    private static final Map<String, Integer> FACTORIES = Map.of("ok", 200, "created", 201, "accepted", 202,
            "noContent", 204);

    private static final AnsweredStatuses NONE = new AnsweredStatuses(Map.of(), Map.of());

    private final Map<String, SortedSet<Integer>> byMethod;
    private final Map<String, Set<String>> helpers;

    private AnsweredStatuses(Map<String, SortedSet<Integer>> byMethod, Map<String, Set<String>> helpers) {
        this.byMethod = byMethod;
        this.helpers = helpers;
    }

    static AnsweredStatuses none() {
        return NONE;
    }

    static AnsweredStatuses scan(ServiceClassFiles files) {
        Map<String, SortedSet<Integer>> byMethod = new HashMap<>();
        Map<String, Set<String>> helpers = new HashMap<>();
        files.readMethods(method ->
                new MethodVisitor(Opcodes.ASM9) {

                    private Integer namedStatus;

                    @Override
                    public void visitFieldInsn(int opcode, String fieldOwner, String field, String fieldDescriptor) {
                        namedStatus = opcode == Opcodes.GETSTATIC && fieldDescriptor.equals(HTTP_STATUS)
                                ? HttpStatus.valueOf(field).value() : null;
                    }

                    @Override
                    public void visitIntInsn(int opcode, int operand) {
                        namedStatus = opcode == Opcodes.SIPUSH ? operand : null;
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String callee, String name, String calleeDescriptor,
                                                boolean isInterface) {
                        if (opcode == Opcodes.INVOKESTATIC && callee.equals(RESPONSE_ENTITY)) {
                            Integer status = name.equals("status") ? namedStatus : FACTORIES.get(name);
                            if (status != null) {
                                byMethod.computeIfAbsent(method, m -> new TreeSet<>()).add(status);
                            }
                        } else if (Type.getReturnType(calleeDescriptor).getInternalName().equals(RESPONSE_ENTITY)) {
                            helpers.computeIfAbsent(method, m -> new HashSet<>())
                                    .add(ServiceClassFiles.methodKey(callee, name, calleeDescriptor));
                        }
                        namedStatus = null;
                    }
                });
        return new AnsweredStatuses(byMethod, helpers);
    }

    /**
     * The statuses {@code handler} builds its answers with, itself or through the service's methods it calls that
     * build a {@code ResponseEntity} (a controller's {@code accepted(language)}); empty when it builds none.
     */
    Set<Integer> of(Method handler) {
        SortedSet<Integer> statuses = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(ServiceClassFiles.methodKey(
                Type.getInternalName(handler.getDeclaringClass()), handler.getName(),
                Type.getMethodDescriptor(handler))));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String method = pending.pop();
            if (seen.add(method)) {
                statuses.addAll(byMethod.getOrDefault(method, new TreeSet<>()));
                pending.addAll(helpers.getOrDefault(method, Set.of()));
            }
        }
        return statuses;
    }
}
