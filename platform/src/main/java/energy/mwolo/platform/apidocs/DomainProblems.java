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
import org.springframework.asm.Handle;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * The stable codes of the {@link DomainException}s a service can answer, per feature and HTTP status, read from its
 * compiled classes so the API document cannot drift from the code: an exception whose constructor passes its kind and
 * a literal code ({@code super(ErrorKind.NOT_FOUND, "agencies.not_found", ...)}), a subclass passing a literal code to
 * its parent's constructor, and every {@code new SomeProblem("meters.link.contract_taken", ...)} of an exception that
 * takes its code as a parameter. A code built from a literal and values known only at run time
 * ({@code "geo." + kind.code() + ".not_found"}) is listed with a {@code *} for each such value
 * ({@code geo.*.not_found}).
 * A code belongs to the feature of the class that names it (its package below
 * {@code energy.mwolo.<service>}, the layer package {@code model}, {@code application}, {@code web},
 * {@code persistence} or {@code messaging} left out), the same feature {@link FeatureOperations} tags operations
 * with. A code held in a variable or a constant of another class is not seen: the catalogue lists what the code states
 * where it raises the problem.
 */
final class DomainProblems {

    private static final String DOMAIN_EXCEPTION = DomainException.class.getName().replace('.', '/');
    private static final String ERROR_KIND = "L" + ErrorKind.class.getName().replace('.', '/') + ";";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.([a-z0-9_]+|\\*))*\\.[a-z0-9_]+");
    /** The service's package its features share ({@code cms.kernel}: an item not found, a slug taken). */
    private static final String SHARED = "kernel";
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
     * The codes per HTTP status that operations of {@code feature} can answer: the feature's own, those of the
     * features it lies in ({@code mobilemoney} for {@code mobilemoney-paybill}) and those of the service's
     * {@code kernel} package, which every feature uses.
     */
    SortedMap<Integer, SortedSet<String>> of(String feature) {
        SortedMap<Integer, SortedSet<String>> codes = new TreeMap<>();
        List<String> segments = Arrays.asList(feature.split("-"));
        List<String> features = new ArrayList<>(List.of(SHARED));
        for (int end = segments.size(); end > 0; end--) {
            features.add(String.join("-", segments.subList(0, end)));
        }
        for (String named : features) {
            byFeature.getOrDefault(named, new TreeMap<>()).forEach((status, found) ->
                    codes.computeIfAbsent(status, s -> new TreeSet<>()).addAll(found));
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
        // Per constructor (class + descriptor) calling DomainException's: the kind it gives, when it names one.
        private final Map<String, ErrorKind> kinds = new HashMap<>();
        // Per constructor calling DomainException's with a literal code: that code, where it is named.
        private final Map<String, Named> stated = new HashMap<>();
        // Per constructor: the constructor of its parent it calls, with the literal code and kind it passes, if any.
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
                    return new Instructions(name, method.equals("<init>") ? name + "#" + descriptor : null,
                            kindSlots(access, descriptor));
                }
            };
        }

        /** The local variable slots of a method's {@link ErrorKind} parameters. */
        private static Set<Integer> kindSlots(int access, String descriptor) {
            Set<Integer> slots = new HashSet<>();
            int slot = (access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
            for (Type parameter : Type.getArgumentTypes(descriptor)) {
                if (parameter.getDescriptor().equals(ERROR_KIND)) {
                    slots.add(slot);
                }
                slot += parameter.getSize();
            }
            return slots;
        }

        /**
         * Follows the instructions of one method: kinds, code-like literals, constructors called. A code is the first
         * code-like literal after a kind (a constant, or the method's kind parameter); a constructor called gets the
         * kind and code its arguments name.
         */
        private final class Instructions extends MethodVisitor {

            private final String owner;
            private final String constructor;
            private final Set<Integer> kindSlots;
            private final Deque<Named> pending = new ArrayDeque<>();
            private ErrorKind kind;
            private String kindLiteral;
            private boolean codeNext;
            private String lastLiteral;

            Instructions(String owner, String constructor, Set<Integer> kindSlots) {
                super(Opcodes.ASM9);
                this.owner = owner;
                this.constructor = constructor;
                this.kindSlots = kindSlots;
            }

            @Override
            public void visitFieldInsn(int opcode, String fieldOwner, String field, String descriptor) {
                codeNext = false;
                if (opcode == Opcodes.GETSTATIC && descriptor.equals(ERROR_KIND)) {
                    ErrorKind named = ErrorKind.valueOf(field);
                    if (!pending.isEmpty() && pending.peek().kind() == null) {
                        pending.push(pending.pop().withKind(named));
                    } else {
                        kind = named;
                    }
                    codeNext = true;
                }
            }

            @Override
            public void visitVarInsn(int opcode, int variable) {
                if (opcode == Opcodes.ALOAD && kindSlots.contains(variable)) {
                    codeNext = true;
                }
                // Else kept: a code may be built from a variable ("geo." + kind.code() + ".not_found").
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
                if (value instanceof String text) {
                    literal(text);
                }
                codeNext = false;
            }

            /** A string concatenation: its recipe, each part filled at run time written {@code *}. */
            @Override
            public void visitInvokeDynamicInsn(String method, String descriptor, Handle bootstrap,
                                               Object... arguments) {
                if (bootstrap.getName().equals("makeConcatWithConstants") && arguments.length > 0
                        && arguments[0] instanceof String recipe) {
                    literal(recipe.replace('\u0001', '*').replace('\u0002', '*'));
                }
                codeNext = false;
            }

            private void literal(String text) {
                if (!CODE.matcher(text).matches()) {
                    return;
                }
                if (codeNext && pending.isEmpty()) {
                    kindLiteral = text;
                }
                lastLiteral = text;
                if (!pending.isEmpty() && pending.peek().code() == null) {
                    pending.push(pending.pop().withCode(text));
                }
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                if (opcode == Opcodes.NEW) {
                    pending.push(new Named(type, null, owner, null));
                }
                codeNext = false;
            }

            @Override
            public void visitMethodInsn(int opcode, String callee, String method, String descriptor,
                                        boolean isInterface) {
                if (opcode != Opcodes.INVOKESPECIAL || !method.equals("<init>")) {
                    return;
                }
                codeNext = false;
                String target = callee + "#" + descriptor;
                if (!pending.isEmpty() && pending.peek().constructor().equals(callee)) {
                    Named created = pending.pop();
                    creations.add(new Named(target, created.code(), owner, created.kind()));
                } else if (constructor != null && callee.equals(superOf.get(owner))) {
                    if (callee.equals(DOMAIN_EXCEPTION)) {
                        if (kind != null) {
                            kinds.put(constructor, kind);
                        }
                        if (kindLiteral != null) {
                            stated.put(constructor, new Named(constructor, kindLiteral, owner, kind));
                        }
                    } else {
                        parentCall.put(constructor, new Named(target, lastLiteral, owner, kind));
                    }
                }
            }
        }

        /** Every code found, by feature and status. */
        Map<String, SortedMap<Integer, SortedSet<String>>> catalogue() {
            Map<String, SortedMap<Integer, SortedSet<String>>> catalogue = new HashMap<>();
            stated.forEach((constructor, code) ->
                    add(catalogue, code.code(), kindOf(constructor, new HashSet<>()), code.namedIn()));
            parentCall.forEach((constructor, call) -> {
                if (call.code() != null) {
                    add(catalogue, call.code(), kindOf(constructor, new HashSet<>()), call.namedIn());
                }
            });
            for (Named creation : creations) {
                ErrorKind kind = kindOf(creation.constructor(), new HashSet<>());
                Named code = statedCode(creation.constructor());
                if (code != null) {
                    // Its code is the constructor's; its kind, where the constructor takes one, the creation's.
                    add(catalogue, code.code(), kind != null ? kind : creation.kind(), code.namedIn());
                } else if (creation.code() != null) {
                    add(catalogue, creation.code(), kind != null ? kind : creation.kind(), creation.namedIn());
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
            if (call == null) {
                return null;
            }
            return call.kind() != null ? call.kind() : kindOf(call.constructor(), seen);
        }

        /** The code a constructor states, itself or through a parent's constructor; null when its caller gives it. */
        private Named statedCode(String constructor) {
            Set<String> seen = new HashSet<>();
            for (String current = constructor; current != null && seen.add(current); ) {
                if (stated.containsKey(current)) {
                    return stated.get(current);
                }
                Named call = parentCall.get(current);
                if (call != null && call.code() != null) {
                    return call;
                }
                current = call == null ? null : call.constructor();
            }
            return null;
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

    /** A code-like literal (or none yet) at a constructor (class + descriptor), named in a class, with its kind. */
    private record Named(String constructor, String code, String namedIn, ErrorKind kind) {

        Named withCode(String given) {
            return new Named(constructor, given, namedIn, kind);
        }

        Named withKind(ErrorKind given) {
            return new Named(constructor, code, namedIn, given);
        }
    }
}
