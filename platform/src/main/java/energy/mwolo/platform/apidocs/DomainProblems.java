package energy.mwolo.platform.apidocs;

import energy.mwolo.platform.errors.DomainException;
import energy.mwolo.platform.errors.ErrorKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * The stable codes of the {@link DomainException}s a service can answer, per feature and HTTP status, read from its
 * compiled classes so the API document cannot drift from the code: an exception whose constructor passes its kind and
 * a literal code ({@code super(ErrorKind.NOT_FOUND, "agencies.not_found", ...)}), a subclass passing a literal code to
 * its parent's constructor, and every {@code new SomeProblem("meters.link.contract_taken", ...)} of an exception that
 * takes its code as a parameter. A code belongs to the feature of the class that names it (its package below
 * {@code energy.mwolo.<service>}, the layer package {@code model}, {@code application}, {@code web},
 * {@code persistence} or {@code messaging} left out), the same feature {@link FeatureOperations} tags operations
 * with. A code built at run time is not seen: the catalogue lists what the code states plainly.
 */
final class DomainProblems {

    private static final String DOMAIN_EXCEPTION = DomainException.class.getName().replace('.', '/');
    private static final String ERROR_KIND = "L" + ErrorKind.class.getName().replace('.', '/') + ";";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
    private static final Set<String> LAYERS = Set.of("model", "application", "web", "persistence", "messaging");

    private static final DomainProblems NONE = new DomainProblems(Map.of());

    private final Map<String, SortedMap<Integer, SortedSet<String>>> byFeature;

    private DomainProblems(Map<String, SortedMap<Integer, SortedSet<String>>> byFeature) {
        this.byFeature = byFeature;
    }

    static DomainProblems none() {
        return NONE;
    }

    static DomainProblems scan(ServiceClassFiles files) {
        Classes classes = new Classes();
        files.read(classes.reader());
        return new DomainProblems(classes.catalogue());
    }

    /**
     * The codes per HTTP status that operations of {@code feature} can answer: the feature's own and those of the
     * features it lies in ({@code mobilemoney} for {@code mobilemoney-paybill}).
     */
    SortedMap<Integer, SortedSet<String>> of(String feature) {
        SortedMap<Integer, SortedSet<String>> codes = new TreeMap<>();
        List<String> segments = Arrays.asList(feature.split("-"));
        for (int end = segments.size(); end > 0; end--) {
            byFeature.getOrDefault(String.join("-", segments.subList(0, end)), new TreeMap<>())
                    .forEach((status, named) -> codes.computeIfAbsent(status, s -> new TreeSet<>()).addAll(named));
        }
        return codes;
    }

    /** The feature a class belongs to, as {@link FeatureOperations#feature} names a controller's. */
    static String featureOf(String internalName) {
        List<String> segments = new ArrayList<>(Arrays.asList(internalName.split("/")));
        segments.remove(segments.size() - 1);
        if (!segments.isEmpty() && LAYERS.contains(segments.get(segments.size() - 1))) {
            segments.remove(segments.size() - 1);
        }
        return segments.size() > 3 ? String.join("-", segments.subList(3, segments.size())) : "service";
    }

    /** What the class files say, gathered in one pass and resolved once all are read. */
    private static final class Classes {

        private final Map<String, String> superOf = new HashMap<>();
        // Per constructor (class + descriptor): the kind it gives DomainException, and its literal code if any.
        private final Map<String, ErrorKind> kinds = new HashMap<>();
        private final List<Named> literals = new ArrayList<>();
        // The constructors among them, looked up for each creation.
        private final Set<String> statesItsCode = new HashSet<>();
        // Per constructor: the constructor of its parent it calls, with the literal code it passes, if any.
        private final Map<String, Named> parentCall = new HashMap<>();
        private final List<Named> creations = new ArrayList<>();

        ClassVisitor reader() {
            return new ClassVisitor(Opcodes.ASM9) {

                private String name;

                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    this.name = name;
                    superOf.put(name, superName);
                }

                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new Instructions(name, method.equals("<init>") ? name + "#" + descriptor : null);
                }
            };
        }

        /** Follows the instructions of one method: kinds, code-like literals, constructors called. */
        private final class Instructions extends MethodVisitor {

            private final String owner;
            private final String constructor;
            private final Deque<String[]> pending = new ArrayDeque<>();
            private ErrorKind kind;
            private String kindLiteral;
            private boolean codeNext;
            private String lastLiteral;

            Instructions(String owner, String constructor) {
                super(Opcodes.ASM9);
                this.owner = owner;
                this.constructor = constructor;
            }

            @Override
            public void visitFieldInsn(int opcode, String fieldOwner, String field, String descriptor) {
                if (opcode == Opcodes.GETSTATIC && descriptor.equals(ERROR_KIND)) {
                    kind = ErrorKind.valueOf(field);
                    codeNext = true;
                    return;
                }
                codeNext = false;
            }

            @Override
            public void visitVarInsn(int opcode, int variable) {
                codeNext = false;
            }

            @Override
            public void visitInsn(int opcode) {
                codeNext = false;
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                codeNext = false;
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof String text && CODE.matcher(text).matches()) {
                    if (codeNext) {
                        kindLiteral = text;
                    }
                    lastLiteral = text;
                    if (!pending.isEmpty() && pending.peek()[1] == null) {
                        pending.peek()[1] = text;
                    }
                }
                codeNext = false;
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                if (opcode == Opcodes.NEW) {
                    pending.push(new String[] {type, null});
                }
                codeNext = false;
            }

            @Override
            public void visitMethodInsn(int opcode, String callee, String method, String descriptor,
                                        boolean isInterface) {
                codeNext = false;
                if (opcode != Opcodes.INVOKESPECIAL || !method.equals("<init>")) {
                    return;
                }
                String target = callee + "#" + descriptor;
                if (!pending.isEmpty() && pending.peek()[0].equals(callee)) {
                    String[] created = pending.pop();
                    creations.add(new Named(target, created[1], owner));
                } else if (constructor != null && callee.equals(superOf.get(owner))) {
                    if (callee.equals(DOMAIN_EXCEPTION) && kind != null) {
                        kinds.put(constructor, kind);
                        if (kindLiteral != null) {
                            literals.add(new Named(constructor, kindLiteral, owner));
                            statesItsCode.add(constructor);
                        }
                    } else {
                        parentCall.put(constructor, new Named(target, lastLiteral, owner));
                    }
                }
            }
        }

        /** Every code found, by feature and status. */
        Map<String, SortedMap<Integer, SortedSet<String>>> catalogue() {
            Map<String, SortedMap<Integer, SortedSet<String>>> catalogue = new HashMap<>();
            for (Named literal : literals) {
                add(catalogue, literal.code(), kinds.get(literal.constructor()), literal.namedIn());
            }
            parentCall.forEach((constructor, call) -> {
                ErrorKind kind = kindOf(constructor, new HashSet<>());
                if (kind != null && call.code() != null) {
                    add(catalogue, call.code(), kind, call.namedIn());
                }
            });
            for (Named creation : creations) {
                ErrorKind kind = kindOf(creation.constructor(), new HashSet<>());
                if (kind != null && creation.code() != null && takesItsCode(creation.constructor())) {
                    add(catalogue, creation.code(), kind, creation.namedIn());
                }
            }
            return catalogue;
        }

        /** The kind a constructor gives, itself or through its parent's constructor. */
        private ErrorKind kindOf(String constructor, Set<String> seen) {
            ErrorKind kind = kinds.get(constructor);
            if (kind != null || !seen.add(constructor)) {
                return kind;
            }
            Named call = parentCall.get(constructor);
            return call == null ? null : kindOf(call.constructor(), seen);
        }

        /** Whether the constructor's code is its caller's: neither it nor a parent it calls states one. */
        private boolean takesItsCode(String constructor) {
            for (String current = constructor; current != null; ) {
                String at = current;
                if (statesItsCode.contains(at)) {
                    return false;
                }
                Named call = parentCall.get(current);
                if (call != null && call.code() != null) {
                    return false;
                }
                current = call == null ? null : call.constructor();
            }
            return true;
        }

        private static void add(Map<String, SortedMap<Integer, SortedSet<String>>> catalogue, String code,
                                ErrorKind kind, String namedIn) {
            if (kind == null) {
                return;
            }
            catalogue.computeIfAbsent(featureOf(namedIn), feature -> new TreeMap<>())
                    .computeIfAbsent(kind.status(), status -> new TreeSet<>()).add(code);
        }
    }

    /** A code-like literal at a constructor (class + descriptor), named in a class. */
    private record Named(String constructor, String code, String namedIn) {
    }
}
