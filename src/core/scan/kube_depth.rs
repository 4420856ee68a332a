//! How deeply a YAML document nests, measured without parsing it, so that
//! documents too deep for the recursive parser are read line by line.

/// Deeper documents are read line by line only: the parser recurses per
/// level, and a hostile file must not exhaust the stack (real manifests,
/// CRD schemas included, stay far below this).
pub const MAX_PARSE_DEPTH: usize = 64;

/// How deeply a document nests, by block indentation and flow brackets.
pub fn nesting_depth(lines: &[String]) -> usize {
    let mut indents: Vec<usize> = Vec::new();
    let mut deepest = 0;
    for line in lines {
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let mut indent = line.len() - body.len();
        let mut rest = body;
        loop {
            while indents.last().is_some_and(|&top| top >= indent) {
                indents.pop();
            }
            indents.push(indent);
            match rest.strip_prefix("- ").or_else(|| rest.strip_prefix("? ")) {
                Some(after) => {
                    indent += 2 + (after.len() - after.trim_start().len());
                    rest = after.trim_start();
                }
                None => break,
            }
        }
        let mut flow = 0usize;
        let mut flow_max = 0usize;
        for c in rest.chars() {
            match c {
                '[' | '{' => {
                    flow += 1;
                    flow_max = flow_max.max(flow);
                }
                ']' | '}' => flow = flow.saturating_sub(1),
                _ => {}
            }
        }
        deepest = deepest.max(indents.len() + flow_max);
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::nesting_depth;

    fn depth(text: &str) -> usize {
        nesting_depth(&text.lines().map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn counts_blocks_items_and_flow() {
        assert_eq!(depth("a: 1\nb: 2"), 1);
        assert_eq!(depth("a:\n  b:\n    c: 1\nd: 2"), 3);
        assert_eq!(depth("a:\n- b: 1\n  c:\n  - [x, [y]]"), 5);
    }
}
