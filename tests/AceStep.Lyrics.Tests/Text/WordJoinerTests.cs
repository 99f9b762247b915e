using AceStep.Lyrics.Text;

namespace AceStep.Lyrics.Tests.Text;

public class WordJoinerTests
{
    [Theory]
    [InlineData("Hello world", new[] { "Hello", "world" })]
    [InlineData("Hello, world", new[] { "Hello,", "world" })]
    [InlineData("你好世界", new[] { "你好", "世界" })]
    [InlineData("你好，世界", new[] { "你好，", "世界" })]
    [InlineData("我爱you", new[] { "我爱", "you" })]
    [InlineData("君の名は", new[] { "君", "の", "名は" })]
    [InlineData("사랑해 너를", new[] { "사랑해", "너를" })]
    [InlineData("ฉันรักเธอ", new[] { "ฉัน", "รัก", "เธอ" })]
    [InlineData("ຂ້ອຍຮັກເຈົ້າ", new[] { "ຂ້ອຍ", "ຮັກ", "ເຈົ້າ" })]
    [InlineData("ខ្ញុំស្រលាញ់អ្នក", new[] { "ខ្ញុំ", "ស្រលាញ់", "អ្នក" })]
    [InlineData("ငါချစ်တယ်", new[] { "ငါ", "ချစ်", "တယ်" })]
    [InlineData("Я люблю тебя", new[] { "Я", "люблю", "тебя" })]
    [InlineData("2024年", new[] { "2024", "年" })]
    public void Words_are_joined_as_their_script_is_written(string expected, string[] words) =>
        Assert.Equal(expected, WordJoiner.Join(words));

    [Fact]
    public void Empty_words_add_nothing() =>
        Assert.Equal("a b", WordJoiner.Join(["", "a", "", "b"]));
}
