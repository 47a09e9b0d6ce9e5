namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// Reads a template's {{…}} tags with their line numbers before Handlebars compiles it, to refuse what
/// letter templates may not use (helpers other than ours, partials, decorators, unescaped output in HTML)
/// and to name the line of a mistake that Handlebars reports without one (an unknown helper is only found
/// when rendering; a block closed by the wrong tag has no position in its message).
/// </summary>
internal sealed class TemplateScan
{
    private readonly string _part;
    private readonly bool _html;
    private readonly List<TemplateProblem> _problems = [];
    private readonly List<(int Line, string Path)> _paths = [];
    private readonly Stack<Block> _blocks = new();
    private readonly List<(string Helper, int Line)> _helperUses = [];

    // After one block is closed by the wrong tag, the closing tags that follow say nothing more.
    private bool _blocksBroken;

    private TemplateScan(string part, bool html) => (_part, _html) = (part, html);

    public IReadOnlyList<TemplateProblem> Problems => _problems;

    public static TemplateScan Of(string part, string text, bool html)
    {
        var scan = new TemplateScan(part, html);
        foreach (var tag in TemplateTags.Read(text))
            scan.Visit(tag);
        foreach (var block in scan._blocksBroken ? [] : scan._blocks.Reverse())
            scan.Problem(block.Line, $"{{{{#{block.Name}}}}} is never closed with {{{{/{block.Name}}}}}.");
        return scan;
    }

    /// <summary>The first line that refers to a field named <paramref name="name"/>, e.g. for "nope is undefined".</summary>
    public int? LineOfField(string name) => _paths
        .Where(p => p.Path.Split('.', '/').Any(s => s.Trim('[', ']').Equals(name, StringComparison.OrdinalIgnoreCase)))
        .Select(p => (int?)p.Line).FirstOrDefault();

    public int? LineOfHelper(string helper) =>
        _helperUses.Where(u => u.Helper == helper).Select(u => (int?)u.Line).FirstOrDefault();

    private void Visit(TemplateTag tag)
    {
        var body = tag.Body;
        switch (tag.Kind)
        {
            case TagKind.Comment:
                return;
            case TagKind.Unclosed:
                Problem(tag.Line, "This {{ is never closed with }}.");
                _blocksBroken = true;
                return;
            case TagKind.Raw:
                Problem(tag.Line, "Raw blocks ({{{{…}}}}) are not available in letter templates.");
                return;
            case TagKind.Triple when _html:
                Problem(tag.Line, "{{{…}}} would insert a value without HTML escaping; use {{…}}.");
                return;
            case TagKind.Triple:
                Expression(tag.Line, body);
                return;
        }
        if (body.Length == 0)
        {
            Problem(tag.Line, "An empty {{ }} tag.");
            return;
        }
        switch (body[0])
        {
            case '>':
                Problem(tag.Line, "Partials ({{> …}}) are not available in letter templates.");
                return;
            case '*':
                Problem(tag.Line, "Decorators ({{* …}}) are not available in letter templates.");
                return;
            case '&' when _html:
                Problem(tag.Line, "{{& …}} would insert a value without HTML escaping; use {{…}}.");
                return;
            case '&':
                Expression(tag.Line, body[1..]);
                return;
            case '#':
                Open(tag.Line, body[1..].TrimStart());
                return;
            case '^' when body.Length == 1:
                Else(tag.Line, []);
                return;
            case '^':
                Problem(tag.Line, "Inverted sections ({{^…}}) are not available; use {{#unless …}}.");
                Refused(tag.Line, body[1..]);
                return;
            case '/':
                Close(tag.Line, body[1..].Trim());
                return;
        }
        var words = TemplateTags.Words(body);
        if (words[0] == "else")
            Else(tag.Line, words[1..]);
        else
            Expression(tag.Line, body);
    }

    private void Open(int line, string body)
    {
        if (body.StartsWith('>'))
        {
            Problem(line, "Partials ({{#> …}}) are not available in letter templates.");
            Refused(line, body[1..]);
            return;
        }
        if (body.StartsWith('*'))
        {
            Problem(line, "Decorators ({{#* …}}) are not available in letter templates.");
            Refused(line, body[1..]);
            return;
        }
        var words = TemplateTags.Words(body);
        var name = words.Count > 0 ? words[0] : "";
        if (!LetterHelpers.BuiltInBlocks.Contains(name))
        {
            Problem(line, $"Unknown block \"#{name}\": blocks are #if, #unless, #each and #with.");
            Refused(line, body);
            return;
        }
        var arguments = BlockArguments(words);
        if (arguments.Count != 1)
            Problem(line, $"{{{{#{name}}}}} takes one value, e.g. {{{{#{name} {(name == "each" ? "brands" : "hasSales")}}}}}.");
        foreach (var argument in arguments)
            Value(line, argument);
        _blocks.Push(new Block(name, line));
    }

    // A refused block is still tracked, so that its closing tag does not read as a second mistake.
    private void Refused(int line, string body)
    {
        var words = TemplateTags.Words(body);
        _blocks.Push(new Block(words.Count > 0 ? words[0] : "", line));
    }

    // {{#each brands as |brand i|}}: the block parameters are names, not fields.
    private static List<string> BlockArguments(List<string> words)
    {
        var asAt = words.IndexOf("as");
        return asAt > 0 ? words[1..asAt] : words[1..];
    }

    private void Else(int line, List<string> rest)
    {
        if (_blocksBroken)
            return;
        if (_blocks.Count == 0)
        {
            Problem(line, "{{else}} outside any block.");
            return;
        }
        var block = _blocks.Peek();
        if (block.HasFinalElse)
        {
            Problem(line, $"A second {{{{else}}}} in the {{{{#{block.Name}}}}} opened on line {block.Line}.");
            return;
        }
        if (rest.Count == 0)
        {
            block.HasFinalElse = true;
            return;
        }
        if (rest[0] is not ("if" or "unless") || rest.Count != 2)
        {
            Problem(line, "{{else}} may only be followed by if or unless and one value, e.g. {{else if hasSales}}.");
            return;
        }
        Value(line, rest[1]);
    }

    private void Close(int line, string name)
    {
        if (_blocksBroken)
            return;
        if (_blocks.Count == 0)
        {
            Problem(line, $"{{{{/{name}}}}} closes a block that was never opened.");
            return;
        }
        var open = _blocks.Peek();
        if (open.Name != name)
        {
            Problem(line, $"{{{{/{name}}}}} does not match {{{{#{open.Name}}}}} opened on line {open.Line}.");
            _blocks.Clear();
            _blocksBroken = true;
            return;
        }
        _blocks.Pop();
    }

    private void Expression(int line, string body)
    {
        var words = TemplateTags.Words(body);
        if (words.Count == 0)
        {
            Problem(line, "An empty {{ }} tag.");
            return;
        }
        Call(line, words, subexpression: false);
    }

    private void Call(int line, List<string> words, bool subexpression)
    {
        var name = words[0];
        var arguments = words[1..];
        if (LetterHelpers.Arity.TryGetValue(name, out var arity))
        {
            _helperUses.Add((name, line));
            if (arguments.Count != arity || arguments.Any(a => IsNamedValue(a)))
                Problem(line, LetterHelpers.HelperUsage(name));
        }
        else if (name == LetterHelpers.Lookup)
        {
            if (arguments.Count != 2)
                Problem(line, "The lookup helper takes two values, e.g. {{lookup brands 0}}.");
        }
        else if (arguments.Count > 0 || subexpression)
        {
            Problem(line, $"Unknown helper \"{name}\": the helpers are {string.Join(", ", LetterHelpers.Arity.Keys)} and lookup.");
            return;
        }
        else
        {
            Value(line, name);
            return;
        }
        foreach (var argument in arguments)
            Value(line, argument);
    }

    private void Value(int line, string word)
    {
        if (word.StartsWith('(') && word.EndsWith(')'))
        {
            var inner = TemplateTags.Words(word[1..^1]);
            if (inner.Count == 0)
                Problem(line, "An empty ( ) in a tag.");
            else
                Call(line, inner, subexpression: true);
        }
        else if (IsNamedValue(word))
            Problem(line, $"Named values ({word}) are not used by letter helpers.");
        else if (!IsLiteral(word))
            _paths.Add((line, word));
    }

    private static bool IsNamedValue(string word) => !word.StartsWith('"') && !word.StartsWith('\'') && !word.StartsWith('(') && word.Contains('=');

    private static bool IsLiteral(string word) =>
        word.StartsWith('"') || word.StartsWith('\'') || word is "true" or "false" or "null" or "undefined" ||
        decimal.TryParse(word, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);

    private void Problem(int line, string message) => _problems.Add(new TemplateProblem(_part, line, message));

    private sealed class Block(string name, int line)
    {
        public string Name { get; } = name;
        public int Line { get; } = line;
        public bool HasFinalElse { get; set; }
    }
}
